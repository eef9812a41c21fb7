using Microsoft.Coyote.Logging;
using StressMaps.Frames;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Execution;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Oracles;

/// <summary>
/// Explores a concurrent test, and when a schedule fails replays it once capturing frames, so a deadlock
/// comes back typed (<see cref="BlockedTasks"/>) with each task's user frames, as its bundle and replays will say it.
/// </summary>
public static class ConcurrentTestExplorer
{
    /// <summary>Explores <paramref name="test"/> under <paramref name="options"/>.</summary>
    public static ExplorationOutcome Explore(ConcurrentTest test, ExplorationOptions options)
    {
        var outcome = CoyoteExplorer.Explore(() => ConcurrentTestRunner.RunAsync(test), options);
        if (outcome is not { BugFound: true, ReproducibleTrace: { } trace })
        {
            return outcome;
        }

        var replayed = Replay(test, trace, options);
        return replayed.Outcome.BugFound
            ? outcome with { BugMessage = replayed.Outcome.BugMessage, BugDetail = replayed.Outcome.BugDetail, Bug = replayed.Outcome.Bug }
            : outcome;
    }

    /// <summary>
    /// Replays <paramref name="trace"/> of <paramref name="test"/> once, capturing where each task is (tasks numbered by
    /// thread), and types a deadlock from it; <paramref name="log"/> hears Coyote's log when given.
    /// </summary>
    public static (ExplorationOutcome Outcome, FrameCapture Frames) Replay(ConcurrentTest test, string trace, ExplorationOptions options, ILogger? log = null)
    {
        var frames = new FrameCapture { NumbersStartedTasks = true };
        var configuration = CoyoteConfigurations.ForReplay(options, trace);
        var outcome = TaskStacks.Capturing(frames, () => ConcurrentTestRunner.RunAsync(test),
            captured => CoyoteExplorer.Run(captured, configuration, log ?? new MemoryLogger(VerbosityLevel.None)));
        return (BlockedTasks.Type(outcome, frames), frames);
    }
}
