using StressMaps.Harness.Oracles;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using StressMaps.Harness.Files;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Sessions.ScaleOut;
using StressMaps.Harness.Sessions.Workers;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Sessions;

/// <summary>
/// The built-in matrix explored in worker processes, a whole cell per unit (what <c>run</c> does by
/// default on more than one core): each bug is shrunk and bundled here as soon as its cell lands,
/// while the workers explore the rest, and run.json and the reports are written as a one-process run
/// writes them. The verdicts are the one-process run's: each cell is explored with its own seed.
/// </summary>
internal static class WorkerRunSession
{
    public static RunOutcome Run(RunRequest request, ScaleOutLayout layout, SessionOutput output, CancellationToken cancellation)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        var units = WorkPlan.Build(request.Scenarios, request.Targets, slices: 1);
        var progress = TextWriter.Synchronized(output.Progress);
        var bundles = new RunBundles(request.Scenarios, request.Targets, request.JudgedByContracts ? Cell.Judged : Cell.Matrix, request.Output, request.Shrink, progress);
        using var found = new BlockingCollection<CellVerdict>();
        Exception? bundleFailure = null;
        var bundler = new Thread(() =>
        {
            try
            {
                foreach (var verdict in found.GetConsumingEnumerable())
                {
                    bundles.Write(verdict, cancellation);
                }
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C while shrinking: the bundle stays as found, as in a one-process run.
            }
            catch (Exception error)
            {
                bundleFailure = error;
            }
        });
        bundler.Start();

        var done = 0;
        IReadOnlyList<CellRecord> records;
        try
        {
            var start = layout.StartWorker ?? throw new ArgumentException("worker processes need a way to start one", nameof(layout));
            records = WorkerPool.Run(units, request.Options, layout.Workers, start, record =>
            {
                progress.WriteLine(RunProgress.Of(++done, units.Count, record));
                if (record.Verdict == VerdictKind.Bug)
                {
                    found.Add(RecordVerdicts.Of(record, request));
                }
            }, cancellation);
        }
        finally
        {
            found.CompleteAdding();
            bundler.Join();
        }

        if (bundleFailure is not null)
        {
            ExceptionDispatchInfo.Throw(bundleFailure);
        }

        progress.WriteLine($"Explored {units.Count} cells in {layout.Workers} worker processes.");
        // Stopped early even when every cell landed: the workers may finish before the shrinking is cut short.
        var partial = records.Count < units.Count || cancellation.IsCancellationRequested;
        if (partial)
        {
            progress.WriteLine($"Stopped: {records.Count} of {units.Count} cells finished; writing a partial run.json.");
        }

        var run = RunDocumentBuilder.Build(request.Options, [], startedAt, stopwatch.Elapsed, partial) with
        {
            Cells = records.OrderBy(RunMerger.MatrixPosition).ToList(),
            Workers = layout.Workers,
        };
        run = bundles.Link(run);
        var runFile = request.Output.File(OutputFolder.RunFile);
        RunDocumentJson.Write(runFile, run);
        output.Out.WriteLine($"Wrote {runFile}");
        var cellOrder = run.Cells.Select(cell => cell.Id.ToString()).ToList();
        var written = bundles.Written.OrderBy(bundle => cellOrder.IndexOf(bundle.Cell)).ToList();
        ExporterRegistry.Export(new RunReport(run, written), request.Formats, new ExportTarget(request.Output.Path, output.Out, output.Environment));
        return new RunOutcome(ExitCodes.Judge(run), run, runFile, written, []);
    }
}
