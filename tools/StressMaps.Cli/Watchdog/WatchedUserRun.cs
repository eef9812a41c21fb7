using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using StressMaps.Cli.Commands;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.RunFiles;
using StressMaps.Harness.Watchdog;

namespace StressMaps.Cli.Watchdog;

/// <summary>
/// The parent side of <c>run --type ...</c>: the user's code runs in worker processes under a watchdog.
/// A cell that kills its worker (a hang, a crash, a stack overflow, running out of memory) gets that as its
/// verdict, with the operation that was running; a fresh worker goes on with the next cell, and run.json is
/// written whatever happens.
/// </summary>
internal static class WatchedUserRun
{
    /// <summary>Runs the user-target run described by <paramref name="arguments"/> and returns the exit code.</summary>
    public static int Execute(
        IAnsiConsole console,
        IReadOnlyList<string> arguments,
        IReadOnlyList<string> typedTypes,
        WatchdogLimits limits,
        ExplorationOptions options,
        string outputFolder,
        RunCommand.RunExtras extras,
        CancellationToken cancellation)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        var state = new UserRunState();
        string? failure = null;
        try
        {
            while (!state.Finished && typedTypes.Any(type => !state.Dropped.Contains(type)))
            {
                failure = RunOneWorker(arguments, limits, state, options, cancellation);
                if (failure is not null)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            state.Partial = true;
            Console.Error.WriteLine($"Stopped: {state.Records.Count} cells finished; writing a partial run.json.");
        }

        if (failure is not null)
        {
            Console.Error.WriteLine($"error: {failure}");
        }

        var exitCode = UserRunFinish.Write(console, state, options, startedAt, stopwatch.Elapsed, outputFolder, extras, failure is not null);
        return failure is not null ? ExitCodes.InternalError : exitCode;
    }

    // One worker, from its start to its end: returns null when the run may go on, or why it cannot.
    private static string? RunOneWorker(IReadOnlyList<string> arguments, WatchdogLimits limits, UserRunState state, ExplorationOptions options, CancellationToken cancellation)
    {
        using var worker = WatchedWorker.Start(limits);
        var changesBefore = state.Changes;
        state.WorkerStarted();
        worker.Send(JsonSerializer.Serialize(new UserRunRequest(arguments, state.Settled, state.Dropped.ToList()), Commands.WorkerCommand.LineJson));
        while (true)
        {
            var (line, death) = worker.Next(cancellation);
            if (death is not null)
            {
                state.Bury(death, options);
                return state.Changes > changesBefore
                    ? null
                    : $"a worker process stopped outside any cell ({death.Message}); the run cannot go on.";
            }

            var message = JsonSerializer.Deserialize<UserRunEvent>(line!, Commands.WorkerCommand.LineJson)!;
            switch (message.Event)
            {
                case "rejected":
                    throw new UsageException(message.Text ?? "the worker rejected the run");
                case "retire":
                    return null;
                case "done":
                    state.Finished = true;
                    return null;
                default:
                    state.Take(message);
                    break;
            }
        }
    }

    /// <summary>One line of progress for a settled cell.</summary>
    public static string Progress(int done, int total, CellRecord cell)
    {
        var what = cell.Verdict switch
        {
            "skipped" => "skipped (" + cell.Reason + ")",
            "bug" => $"bug at iteration {cell.FirstBugIteration}",
            "safe" => $"safe after {cell.IterationsExplored} iterations",
            _ => cell.BugMessage ?? cell.Verdict,
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"[{done}/{total}] {cell.Scenario} × {cell.Map}: {what} in {cell.ElapsedSeconds:0.00} s, {cell.IterationsPerSecond:0} it/s ({(cell.Matches ? "ok" : "UNEXPECTED")})");
    }
}
