using Microsoft.Coyote;
using Microsoft.Coyote.Logging;
using StressMaps.Frames;
using StressMaps.Harness.Exploration.Execution;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Bundles.Replay;

/// <summary>What one replay of a trace did.</summary>
/// <param name="Outcome">Whether the bug came back, and its message.</param>
/// <param name="Journal">Which task ran which operation, in order.</param>
/// <param name="FailureStack">The stack of the failing task, or null.</param>
/// <param name="Log">Coyote's verbose log, when it was asked for.</param>
/// <param name="Frames">Where each task was in the user's code, when the replay captured it.</param>
public sealed record ReplayRun(ExplorationOutcome Outcome, IReadOnlyList<JournalEntry> Journal, string? FailureStack, string? Log, FrameCapture? Frames = null);

/// <summary>Replays a trace of a scenario on a target once, recording the interleaving.</summary>
public static class TraceReplay
{
    /// <summary>
    /// Replays <paramref name="trace"/>. <paramref name="maxSteps"/> is restored because Coyote does
    /// not keep it in the trace; with <paramref name="verbose"/> Coyote's log is captured, which is the
    /// only place it says why a trace diverged. With <paramref name="judged"/> the scenario runs under the
    /// target's oracles (linearizability or its contract), as user targets are explored.
    /// </summary>
    public static ReplayRun Run(Scenario scenario, Target target, string trace, uint maxSteps, bool verbose = false, bool judged = false) =>
        Run(scenario, target, trace, new ExplorationOptions(MaxSteps: maxSteps), verbose, judged);

    /// <summary>
    /// Replays <paramref name="trace"/> with the settings of <paramref name="options"/> that Coyote does not keep
    /// in a trace (the step bound, whether field accesses are scheduling points).
    /// </summary>
    public static ReplayRun Run(Scenario scenario, Target target, string trace, ExplorationOptions options, bool verbose = false, bool judged = false, bool captureFrames = false)
    {
        if (target.Origin is not null || judged)
        {
            // A user's type (or a cell judged by the oracles) replays through the very test its exploration ran (see JournalSink).
            var journals = new JournalSink();
            return Replay(OracleMatrixRunner.TestOf(scenario, target, journals), () => journals.Last, trace, options, verbose, captureFrames);
        }

        ScheduleJournal? journal = null;
        Task Test()
        {
            journal = new ScheduleJournal();
            return ScenarioRunner.RunAsync(scenario, target.Create(), journal);
        }

        return Replay(Test, () => journal, trace, options, verbose, captureFrames);
    }

    private static ReplayRun Replay(Func<Task> test, Func<ScheduleJournal?> journalOf, string trace, ExplorationOptions options, bool verbose, bool captureFrames)
    {
        var configuration = CoyoteConfigurations.ForReplay(options, trace);
        // Coyote prints to the console unless given a logger; the log is only kept when asked for.
        var log = new MemoryLogger(verbose ? VerbosityLevel.Info : VerbosityLevel.None);
        if (verbose)
        {
            configuration = configuration.WithVerbosityEnabled(VerbosityLevel.Info);
        }

        // Capturing adds no scheduling point, so the replayed schedule is the bug's.
        var frames = captureFrames ? new FrameCapture() : null;
        var outcome = frames is null
            ? CoyoteExplorer.Run(test, configuration, log)
            : TaskStacks.Capturing(frames, test, captured => CoyoteExplorer.Run(captured, configuration, log));

        var journal = journalOf();
        return new ReplayRun(outcome, journal?.Entries ?? [], journal?.FailureStack, verbose ? log.ToString() : null, frames);
    }
}
