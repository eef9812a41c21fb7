using StressMaps.Harness.Verdicts;
using System.Diagnostics;
using StressMaps.Harness.Files;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Sessions;

/// <summary>
/// <c>stressmaps run</c>: explores the cells, shrinks and bundles each bug, writes run.json and the
/// reports, and says how the run ended. The folder is the run's own: files an earlier run left there go first.
/// </summary>
public static class RunSession
{
    /// <summary>
    /// Runs <paramref name="request"/>. Cancelling stops after the cell in progress (a bug being shrunk is
    /// kept as found) and writes what finished, marked partial.
    /// </summary>
    public static RunOutcome Run(RunRequest request, SessionOutput output, CancellationToken cancellation = default)
    {
        var removed = request.Output.ClaimForRun([OutputFolder.RunFile, .. ExporterRegistry.FileNames]);
        if (removed > 0)
        {
            output.Progress.WriteLine($"Removed {removed} files of an earlier run from {request.Output.Path}.");
        }

        return request.ScaleOut switch
        {
            // Workers alone (no shard, no slices) on the built-in matrix: a whole run, bundles and reports
            // included; one worker, or one cell, is explored here rather than in a process started for it.
            { Shard: null, Slices: 1 } workers when !request.JudgedByContracts =>
                workers.Workers > 1 && request.Scenarios.Count * request.Targets.Count > 1
                    ? WorkerRunSession.Run(request, workers, output, cancellation)
                    : RunHere(request, output, cancellation),
            { } layout => ScaleOutSession.Run(request, layout, output, cancellation),
            null => RunHere(request, output, cancellation),
        };
    }

    private static RunOutcome RunHere(RunRequest request, SessionOutput output, CancellationToken cancellation)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        var total = request.Scenarios.Count * request.Targets.Count;
        var verdicts = new List<CellVerdict>();
        Func<Scenario, Target, Cell> cellOf = request.JudgedByContracts ? Cell.Judged : Cell.Matrix;
        var bundles = request.JudgedByContracts && !request.BundleJudged
            ? null
            : new RunBundles(request.Scenarios, request.Targets, cellOf, request.Output, request.Shrink, output.Progress);
        void OnCell(CellVerdict verdict)
        {
            verdicts.Add(verdict);
            output.Progress.WriteLine(RunProgress.Of(verdicts.Count, total, verdict));
            bundles?.Write(verdict, cancellation);
        }

        var partial = false;
        try
        {
            var optionsFor = request.OptionsFor ?? (_ => request.Options);
            CellRunner.ExploreAll(request.Scenarios, request.Targets, cellOf, optionsFor, OnCell, cancellation);
        }
        catch (OperationCanceledException)
        {
            partial = true;
            output.Progress.WriteLine($"Stopped: {verdicts.Count} of {total} cells finished; writing a partial run.json.");
        }

        var run = RunDocumentBuilder.Build(request.Options, verdicts, startedAt, stopwatch.Elapsed, partial)
            with { ClassTargets = ClassTargetRecord.Of(request.Targets, request.Scenarios) };
        run = PartialVerdict.Mark(run);
        run = bundles?.Link(run) ?? run;
        var runFile = request.Output.File(OutputFolder.RunFile);
        RunDocumentJson.Write(runFile, run);
        output.Out.WriteLine($"Wrote {runFile}");
        var written = bundles?.Written ?? [];
        ExporterRegistry.Export(new RunReport(run, written), request.Formats, new ExportTarget(request.Output.Path, output.Out, output.Environment));
        return new RunOutcome(ExitCodes.Judge(run), run, runFile, written, verdicts);
    }
}
