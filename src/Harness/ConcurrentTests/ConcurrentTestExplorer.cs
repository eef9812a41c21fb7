using StressMaps.Harness.Exploration;
using StressMaps.Harness.Replay;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.ConcurrentTests;

/// <summary>
/// Explores a concurrent test, and when a schedule fails replays it once capturing frames, so a deadlock
/// comes back typed (<see cref="BlockedTasks"/>) with each task's user frames, as its bundle and replays will say it.
/// </summary>
public static class ConcurrentTestExplorer
{
    /// <summary>Explores <paramref name="target"/>'s test under <paramref name="options"/>.</summary>
    public static ExplorationOutcome Explore(MapTarget target, ConcurrentTest test, ExplorationOptions options)
    {
        var outcome = CoyoteExplorer.Explore(() => ConcurrentTestRunner.RunAsync(test), options);
        if (outcome is not { BugFound: true, ReproducibleTrace: { } trace })
        {
            return outcome;
        }

        var replay = TraceReplay.Run(ConcurrentTest.Scenario, target, trace, options);
        return replay.Outcome.BugFound
            ? outcome with { BugMessage = replay.Outcome.BugMessage, BugDetail = replay.Outcome.BugDetail }
            : outcome;
    }
}
