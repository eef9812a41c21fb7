using BenchmarkDotNet.Columns;
using Perfolizer.Horology;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using StressMaps.Benchmarks.Reports;

namespace StressMaps.Benchmarks.Single;

/// <summary>Runs the single-thread benchmarks with BenchmarkDotNet and reads the results back as <see cref="OperationCost"/>s.</summary>
public static class SingleThreadSuite
{
    /// <summary>
    /// Runs every map and baseline. <paramref name="quick"/> uses a short job (1 launch, 3 warm-ups,
    /// 9 iterations of 250 ms: about 4 minutes for the 44 benchmarks; ShortRun's 3 iterations proved
    /// too few on a shared machine); otherwise 5 warm-ups and 15 iterations of 500 ms (MediumRun's
    /// counts in one launch: about 10 minutes), because the default job's
    /// run-until-the-error-is-small takes an hour on a noisy machine. By default benchmarks run in
    /// this process (in-process emit toolchain): no generated project to build or restore, one
    /// build for everything. <paramref name="outOfProcess"/> uses BenchmarkDotNet's default
    /// toolchain instead, which generates, builds (about 40 s more) and runs a project per job in
    /// its own process; both work on this machine.
    /// </summary>
    public static IReadOnlyList<OperationCost> Run(bool quick, bool outOfProcess, string artifactsFolder)
    {
        var job = quick
            ? Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(9).WithIterationTime(TimeInterval.FromMilliseconds(250))
            : Job.Default.WithLaunchCount(1).WithWarmupCount(5).WithIterationCount(15);
        if (!outOfProcess)
        {
            job = job.WithToolchain(InProcessEmitToolchain.Instance);
        }
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(ConsoleLogger.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(artifactsFolder)
            .WithOptions(ConfigOptions.JoinSummary);
        var summaries = BenchmarkRunner.Run(
            [typeof(DictionaryBaselineBenchmarks), typeof(FrozenBaselineBenchmarks), typeof(MapVariantBenchmarks)], config);
        return summaries.SelectMany(CostsOf).ToList();
    }

    /// <summary>
    /// The costs in one summary, each the median iteration: robust to the preemptions a shared
    /// machine adds. Failed benchmarks are left out, so their cells print as n/a.
    /// </summary>
    public static IEnumerable<OperationCost> CostsOf(Summary summary) =>
        from report in summary.Reports
        where report.Success && report.ResultStatistics is not null
        let benchmark = report.BenchmarkCase
        select new OperationCost(
            SubjectOf(benchmark),
            Operations.FromMethodName(benchmark.Descriptor.WorkloadMethod.Name),
            report.ResultStatistics!.Median,
            report.GcStats.GetBytesAllocatedPerOperation(benchmark));

    private static string SubjectOf(BenchmarkCase benchmark)
    {
        var type = benchmark.Descriptor.Type;
        return type == typeof(DictionaryBaselineBenchmarks) ? Ratios.Baseline
            : type == typeof(FrozenBaselineBenchmarks) ? "frozen"
            : (string)benchmark.Parameters[nameof(MapVariantBenchmarks.Variant)];
    }
}
