using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Targets.Loading;
using StressMaps.Tests.Cli;

namespace StressMaps.Tests.Cli.ConcurrentTests;

/// <summary>
/// One <c>stressmaps test</c> over a representative subset of the benchmark of concurrency bugs (tests/ConcurrencyBugs),
/// each program's Bug and its Fixed twin, as a user would run it: a deadlock, a lost wakeup, a lost increment, a
/// static and an accessor race (our pass), a bug needing two preemptions, an unawaited task. The full sweep of all
/// 30 programs takes minutes on 2 cores and lives in <c>stressmaps bench --bugs</c> and docs/bug-benchmark.md.
/// </summary>
public sealed class ConcurrencyBugsFixture : IDisposable
{
    public static readonly string[] Programs =
    [
        "LockOrder", "LostWakeup", "LostIncrement", "StaticCacheInit", "AutoPropertyIncrement", "IntermediateStateTwoPreemptions", "UnawaitedTaskFault",
    ];

    public static string AssemblyPath { get; } = Path.Combine(AppContext.BaseDirectory, "concurrencybugs", "StressMaps.ConcurrencyBugs.dll");

    public static IReadOnlyDictionary<string, string> Cache { get; } =
        new Dictionary<string, string> { [RewrittenAssemblyCache.CacheVariable] = Path.Combine(AppContext.BaseDirectory, "stressmaps-cache") };

    public ConcurrencyBugsFixture()
    {
        Output = Path.Combine(Path.GetTempPath(), $"stressmaps-bugs-{Guid.NewGuid():N}");
        string[] arguments =
        [
            "test", "--assembly", AssemblyPath,
            .. Programs.SelectMany(program => new[] { "--methods", $"StressMaps.ConcurrencyBugs.Programs.{program}.*" }),
            "-i", "300", "-o", Output,
        ];
        Result = CliProcess.RunWith(Cache, arguments);
        var runFile = Path.Combine(Output, "run.json");
        Run = File.Exists(runFile) ? RunDocumentJson.Deserialize(File.ReadAllText(runFile)) : null;
    }

    public string Output { get; }

    public CliProcess.Result Result { get; }

    public RunDocument? Run { get; }

    public CellRecord Cell(string method)
    {
        Assert.NotNull(Run);
        return Run.Cells.SingleOrDefault(cell => cell.Map == method)
            ?? throw new Xunit.Sdk.XunitException($"no cell {method} in run.json\n{Result.Error}");
    }

    public void Dispose()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }
}
