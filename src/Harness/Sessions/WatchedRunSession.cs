using System.Diagnostics;
using System.Text.Json;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Files;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Harness.Sessions.Workers;

namespace StressMaps.Harness.Sessions;

/// <summary>
/// <c>stressmaps run --type ...</c>: the user's code runs in worker processes under a watchdog. A cell that
/// stops its worker (a hang, a crash, a stack overflow, running out of memory) gets that as its verdict,
/// with the operation that was running; a fresh worker goes on with the next cell, and run.json is written
/// whatever happens.
/// </summary>
public static class WatchedRunSession
{
    /// <summary>Runs <paramref name="request"/>; a worker's rejection of the run (a usage error) is a <see cref="BadInputException"/>.</summary>
    public static RunOutcome Run(WatchedRunRequest request, SessionOutput output, CancellationToken cancellation = default)
    {
        request.Output.ClaimForRun([OutputFolder.RunFile, .. ExporterRegistry.FileNames]);
        var startedAt = DateTimeOffset.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        var state = new UserRunState(output.Progress, RunProgress.Of);
        string? failure = null;
        var partial = false;
        try
        {
            while (failure is null && !state.Finished && request.Types.Any(type => !state.Dropped.Contains(type)))
            {
                failure = RunOneWorker(request, state, cancellation);
            }
        }
        catch (OperationCanceledException)
        {
            partial = true;
            output.Progress.WriteLine($"Stopped: {state.Records.Count} cells finished; writing a partial run.json.");
        }

        if (failure is not null)
        {
            output.Progress.WriteLine($"error: {failure}");
        }

        // A bundle is linked once its file exists: a worker killed before writing it leaves none.
        var cells = state.Cells
            .Select(cell => state.Bundles.TryGetValue(cell.Id.ToString(), out var link) && File.Exists(request.Output.File(link)) ? cell with { Bundle = link } : cell)
            .ToList();
        var run = RunDocumentBuilder.Build(request.Options, [], startedAt, stopwatch.Elapsed, partial || failure is not null)
            with { Cells = cells, ClassTargets = state.ClassTargets, Shard = request.Plan.Shard?.ToString() };
        run = PartialVerdict.Mark(run);
        run = run with { Bugs = RootCauseRecord.Of(cells) is { Count: > 0 } bugs ? bugs : null };
        var runFile = request.Output.File(OutputFolder.RunFile);
        RunDocumentJson.Write(runFile, run);
        output.Out.WriteLine($"Wrote {runFile}");
        var bundles = cells.Where(cell => cell.Bundle is not null).Select(cell => StampLimits(request.Output.File(cell.Bundle!), request.Limits, output)).OfType<BugBundle>().ToList();
        ExporterRegistry.Export(new RunReport(run, bundles), request.Formats, new ExportTarget(request.Output.Path, output.Out, output.Environment));
        return new RunOutcome(failure is null ? ExitCodes.Judge(run) : OutcomeKind.InternalError, run, runFile, bundles, []);
    }

    // One worker, from its start to its end: null when the run may go on, or why it cannot.
    private static string? RunOneWorker(WatchedRunRequest request, UserRunState state, CancellationToken cancellation)
    {
        using var worker = WorkerProcess.Start(request.StartWorker, request.Limits);
        var changesBefore = state.Changes;
        state.WorkerStarted();
        var ask = new UserRunRequest(request.Plan, state.Settled, state.Dropped.ToList())
        {
            ExploringSince = state.ExploringSince,
            Spent = state.Records.Values.Sum(cell => (long)cell.IterationsExplored),
            Found = state.Records.Values.Where(cell => cell.Verdict == Verdicts.VerdictKind.Bug && cell.Killed is null).ToList(),
            Bundled = state.Bundles.Keys.ToList(),
            Killed = state.Journaled.Values.Where(killed => !state.Bundles.ContainsKey(killed.Cell)).ToList(),
        };
        worker.Send(JsonSerializer.Serialize(new WorkerRequest(UserRun: ask), DocumentJson.Line));
        while (true)
        {
            var (line, death) = worker.Next(cancellation, state.Hangs);
            if (death is not null)
            {
                state.Bury(death, request.Options);
                return state.Changes > changesBefore ? null : $"a worker process stopped outside any cell ({death.Message}); the run cannot go on.";
            }

            var message = JsonSerializer.Deserialize<UserRunEvent>(line!, DocumentJson.Line)!;
            switch (message.Event)
            {
                case UserRunEvent.Rejected:
                    throw new BadInputException(message.Text ?? "the worker rejected the run");
                case UserRunEvent.Retired:
                    return null;
                case UserRunEvent.Done:
                    state.Finished = true;
                    return null;
                default:
                    state.Take(message);
                    break;
            }
        }
    }

    // A bundle the worker wrote records the watchdog's limits (only this process knows them), so replay and shrink default to them.
    private static BugBundle? StampLimits(string path, WatchdogLimits limits, SessionOutput output)
    {
        if (ReadBundle(path, output) is not { } bundle)
        {
            return null;
        }

        var stamped = bundle with { Watchdog = limits.ToSettings() };
        BugBundleJson.Write(path, stamped);
        return stamped;
    }

    // A bundle the worker wrote is read back for the reports; one that cannot be read is left out of them, not fatal.
    private static BugBundle? ReadBundle(string path, SessionOutput output)
    {
        try
        {
            return BugBundleJson.Read(path);
        }
        catch (InvalidDataException error)
        {
            output.Progress.WriteLine($"warning: {error.Message}");
            return null;
        }
    }
}
