using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using StressMaps.Benchmarks.Reports;
using StressMaps.Benchmarks.Single;
using StressMaps.Benchmarks.Throughput;

namespace StressMaps.Benchmarks;

/// <summary>
/// The benchmark entry point: <c>[--quick] [--out-of-process] [--output FOLDER] [--only maps,paired,throughput]</c>. Writes
/// <c>bench-maps.md</c> to the output folder and prints it. <c>stressmaps bench</c> runs this.
/// </summary>
public static class BenchmarkProgram
{
    /// <summary>The report file written to the output folder.</summary>
    public const string ReportFile = "bench-maps.md";

    /// <summary>Runs the benchmarks named on the command line; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        BenchmarkArguments arguments;
        try
        {
            arguments = BenchmarkArguments.Parse(args);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine($"error: {error.Message}");
            return 1;
        }

        if (typeof(BenchmarkProgram).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true)
        {
            Console.Error.WriteLine("error: benchmarks need an optimised build; run with -c Release (stressmaps bench does).");
            return 1;
        }

        Directory.CreateDirectory(arguments.Output);
        var machine = MachineInfo.Current();
        var report = new System.Text.StringBuilder();
        report.Append(MarkdownReport.Machine(machine));
        report.Append(CultureInfo.InvariantCulture, $"Mode: {(arguments.Quick ? "quick" : "full")}{(arguments.OutOfProcess ? ", out of process" : "")}. Load average before: {MachineInfo.LoadAverage() ?? "unknown"}.\n\n");
        Console.WriteLine($"cores: {machine.Cores} ({machine.Cpu}, {machine.Runtime})");

        if (arguments.RunMaps)
        {
            var costs = SingleThreadSuite.Run(arguments.Quick, arguments.OutOfProcess, Path.Combine(arguments.Output, "BenchmarkDotNet.Artifacts"));
            report.Append(CultureInfo.InvariantCulture, $"### Single thread, {BenchmarkData.MapSize:N0} entries: time over raw Dictionary (below 1 is faster)\n\n")
                .Append(MarkdownReport.SingleThread(costs)).Append('\n');
        }

        if (arguments.RunPaired)
        {
            var rounds = arguments.Quick ? 301 : 1001;
            var paired = PairedRatios.Measure(rounds);
            report.Append(CultureInfo.InvariantCulture, $"### Single thread, paired: median of {rounds} back-to-back rounds of the map's operation over raw Dictionary's\n\n")
                .Append(MarkdownReport.Paired(paired)).Append('\n');
            var primitives = PairedPrimitiveCosts.Measure(rounds);
            report.Append(CultureInfo.InvariantCulture, $"### The lock against the lock: each map's extra read time over raw Dictionary, in units of the primitive its read pays for (median of {rounds} rounds timing the three back to back)\n\n")
                .Append(PrimitiveCostTable.Render(primitives)).Append('\n');
        }

        if (arguments.RunThroughput)
        {
            var duration = arguments.Quick ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(3);
            var runner = new ThroughputRunner(warmup: duration / 4, duration);
            var floor = ThroughputRunner.TimerFloorNanoseconds();
            var results = ThroughputSuite.Run(runner, machine.Cores, result => Console.WriteLine(
                string.Create(CultureInfo.InvariantCulture, $"throughput {result.Subject} {result.Mix.Name} x{result.Threads}: {result.OperationsPerSecond / 1e6:0.00} Mops/s")));
            report.Append(CultureInfo.InvariantCulture, $"### Contended throughput, {duration.TotalSeconds:0} s per cell\n\n")
                .Append(MarkdownReport.Throughput(results, floor)).Append('\n');
        }

        report.Append(CultureInfo.InvariantCulture, $"Load average after: {MachineInfo.LoadAverage() ?? "unknown"}.\n");
        var path = Path.Combine(arguments.Output, ReportFile);
        File.WriteAllText(path + ".tmp", report.ToString());
        File.Move(path + ".tmp", path, overwrite: true);
        Console.WriteLine();
        Console.WriteLine(report.ToString());
        Console.WriteLine($"Wrote {path}");
        return 0;
    }
}
