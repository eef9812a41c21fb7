using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using StressMaps.Cli.Output;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.RunFiles;
using StressMaps.Harness.ScaleOut;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Cli.ScaleOut;

/// <summary>
/// <c>run --parallel N</c>, <c>--shard I/N</c> and <c>--slices K</c>: the run cut into work units (cells, or
/// slices of cells with their own seeds), this shard's units explored in N worker processes, the slices of
/// each cell merged, and one run.json written.
/// </summary>
public static class ScaleOutRun
{
    /// <summary>How the run is cut and spread.</summary>
    /// <param name="Workers">Worker processes (1: explore in this process).</param>
    /// <param name="Shard">This process's shard, or null for all of the plan.</param>
    /// <param name="Slices">Slices per cell.</param>
    public sealed record Layout(int Workers, ShardSpec? Shard, int Slices);

    /// <summary>Runs the plan and writes run.json; returns the exit code.</summary>
    public static int Execute(
        IAnsiConsole console,
        IReadOnlyList<Scenario> scenarios,
        IReadOnlyList<MapTarget> maps,
        ExplorationOptions options,
        Layout layout,
        string outputFolder,
        CancellationToken cancellation)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        var units = WorkPlan.ForShard(WorkPlan.Build(scenarios, maps, layout.Slices), layout.Shard);
        var done = 0;
        void Progress(CellRecord record) => Console.Error.WriteLine(ProgressLine(++done, units.Count, record));

        var records = new List<CellRecord>();
        if (layout.Workers == 1)
        {
            foreach (var unit in units.TakeWhile(_ => !cancellation.IsCancellationRequested))
            {
                records.Add(UnitRunner.Run(unit, options));
                Progress(records[^1]);
            }
        }
        else
        {
            records.AddRange(WorkerPool.Run(units, options, layout.Workers, Progress, cancellation));
        }

        var partial = records.Count < units.Count;
        if (partial)
        {
            Console.Error.WriteLine($"Stopped: {records.Count} of {units.Count} units finished; writing a partial run.json.");
        }

        var cells = SliceMerger.MergeComplete(records.OrderBy(RunMerger.MatrixPosition).ThenBy(record => record.Slice));
        var run = RunDocumentBuilder.Build(options, [], startedAt, stopwatch.Elapsed, partial) with
        {
            Cells = cells,
            Shard = layout.Shard?.ToString(),
            Workers = layout.Workers > 1 ? layout.Workers : null,
            Slices = layout.Slices > 1 ? layout.Slices : null,
        };
        var runFile = Path.Combine(outputFolder, "run.json");
        RunDocumentJson.Write(runFile, run);
        MatrixTable.Write(console, run);
        var loose = cells.Count(cell => cell.Slice is not null);
        if (loose > 0)
        {
            console.MarkupLine(Markup.Escape($"{loose} slice records belong to cells split across shards: 'stressmaps merge' the shards' run.json files for their verdicts."));
        }

        console.MarkupLine(Markup.Escape(
            $"Shard {layout.Shard?.ToString() ?? "all"}: {units.Count} units ({layout.Slices} slice{(layout.Slices > 1 ? "s" : "")} per cell) in {layout.Workers} process{(layout.Workers > 1 ? "es" : "")}. Wrote {runFile}"));
        return partial ? ExitCodes.UsageError : ExitCodeOf(run);
    }

    /// <summary>The exit code of a run file's whole cells: 2 for an unexpected bug (a killed cell is one), 4 for a missed one, else 0.</summary>
    public static int ExitCodeOf(RunDocument run)
    {
        var whole = run.Cells.Where(cell => cell.Slice is null).ToList();
        return whole.Any(cell => cell is { Matches: false, Expectation: "safe-expected" } or { Killed: not null }) ? ExitCodes.UnexpectedBug
            : whole.Any(cell => !cell.Matches) ? ExitCodes.ExpectedBugMissed
            : ExitCodes.Success;
    }

    private static string ProgressLine(int done, int total, CellRecord record)
    {
        var slice = record.Slice is { } index ? $" slice {index + 1}/{record.Slices}" : "";
        var what = record.Verdict switch
        {
            "skipped" => "skipped",
            "bug" => $"bug at iteration {record.FirstBugIteration}",
            _ => $"safe after {record.IterationsExplored} iterations",
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"[{done}/{total}] {record.Scenario} × {record.Map}{slice}: {what} in {record.ElapsedSeconds:0.00} s ({record.IterationsPerSecond:0} it/s)");
    }
}
