using StressMaps.Harness.Oracles;
using System.Diagnostics;
using StressMaps.Harness.Files;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Sessions.ScaleOut;
using StressMaps.Harness.Sessions.Workers;

namespace StressMaps.Harness.Sessions;

/// <summary>
/// A run cut into work units (cells, or slices of cells with their own seeds): this shard's units explored
/// here or in worker processes, the slices of each cell merged, each bug bundled, and one run.json written.
/// </summary>
internal static class ScaleOutSession
{
    public static RunOutcome Run(RunRequest request, ScaleOutLayout layout, SessionOutput output, CancellationToken cancellation)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        var units = WorkPlan.ForShard(WorkPlan.Build(request.Scenarios, request.Targets, layout.Slices), layout.Shard);
        var done = 0;
        void Progress(CellRecord record) => output.Progress.WriteLine(RunProgress.Of(++done, units.Count, record));

        var records = new List<CellRecord>();
        if (layout.Workers == 1)
        {
            foreach (var unit in units.TakeWhile(_ => !cancellation.IsCancellationRequested))
            {
                records.Add(UnitRunner.Run(unit, request.Options));
                Progress(records[^1]);
            }
        }
        else
        {
            var start = layout.StartWorker ?? throw new ArgumentException("worker processes need a way to start one", nameof(layout));
            records.AddRange(WorkerPool.Run(units, request.Options, layout.Workers, start, Progress, cancellation));
        }

        var partial = records.Count < units.Count;
        if (partial)
        {
            output.Progress.WriteLine($"Stopped: {records.Count} of {units.Count} units finished; writing a partial run.json.");
        }

        var cells = SliceMerger.MergeComplete(records.OrderBy(RunMerger.MatrixPosition).ThenBy(record => record.Slice));
        // A shard that finds a bug leaves its bundle, so that CI has something to replay; merge keeps it.
        var bundles = new RunBundles(request.Scenarios, request.Targets, request.JudgedByContracts ? Cell.Judged : Cell.Matrix, request.Output, request.Shrink, output.Progress);
        var chosen = ScaleOutBundles.Chosen(cells);
        foreach (var record in chosen)
        {
            bundles.Write(RecordVerdicts.Of(record, request), cancellation);
        }

        cells = cells.Select(cell => chosen.Contains(cell) && bundles.LinkOf(cell.Id.ToString()) is { } link ? cell with { Bundle = link } : cell).ToList();
        var run = RunDocumentBuilder.Build(request.Options, [], startedAt, stopwatch.Elapsed, partial) with
        {
            Cells = cells,
            Shard = layout.Shard?.ToString(),
            Workers = layout.Workers > 1 ? layout.Workers : null,
            Slices = layout.Slices > 1 ? layout.Slices : null,
        };
        var runFile = request.Output.File(OutputFolder.RunFile);
        RunDocumentJson.Write(runFile, run);
        var loose = cells.Count(cell => cell.Slice is not null);
        if (loose > 0)
        {
            output.Out.WriteLine($"{loose} slice records belong to cells split across shards: 'stressmaps merge' the shards' run.json files for their verdicts.");
        }

        output.Out.WriteLine(
            $"Shard {layout.Shard?.ToString() ?? "all"}: {units.Count} units ({layout.Slices} slice{(layout.Slices > 1 ? "s" : "")} per cell) in {layout.Workers} process{(layout.Workers > 1 ? "es" : "")}. Wrote {runFile}");
        return new RunOutcome(ExitCodes.Judge(run), run, runFile, bundles.Written, []);
    }
}
