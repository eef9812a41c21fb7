using System.Runtime.CompilerServices;
using Microsoft.Coyote;
using Microsoft.Coyote.Logging;
using StressMaps.Harness.Execution;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Replay;

/// <summary>What one replay of a trace did.</summary>
/// <param name="Outcome">Whether the bug came back, and its message.</param>
/// <param name="Journal">Which task ran which operation, in order.</param>
/// <param name="FailureStack">The stack of the failing task, or null.</param>
/// <param name="Log">Coyote's verbose log, when it was asked for.</param>
public sealed record ReplayRun(ExplorationOutcome Outcome, IReadOnlyList<JournalEntry> Journal, string? FailureStack, string? Log);

/// <summary>Replays a trace of a scenario on a target once, recording the interleaving.</summary>
public static class TraceReplay
{
    /// <summary>
    /// Replays <paramref name="trace"/>. <paramref name="maxSteps"/> is restored because Coyote does
    /// not keep it in the trace; with <paramref name="verbose"/> Coyote's log is captured, which is the
    /// only place it says why a trace diverged. With <paramref name="judged"/> the scenario runs under the
    /// target's oracles (linearizability or its contract), as user targets are explored.
    /// </summary>
    public static ReplayRun Run(Scenario scenario, MapTarget target, string trace, uint maxSteps, bool verbose = false, bool judged = false)
    {
        var box = new StrongBox<ScheduleJournal?>();
        var test = judged ? OracleScenarioRunner.JournaledTest(scenario, target, box) : () =>
        {
            box.Value = new ScheduleJournal();
            return ScenarioRunner.RunAsync(scenario, target.Create(), box.Value);
        };

        var configuration = CoyoteConfigurations.ForReplay(new ExplorationOptions(MaxSteps: maxSteps), trace);
        // Coyote prints to the console unless given a logger; the log is only kept when asked for.
        var log = new MemoryLogger(verbose ? VerbosityLevel.Info : VerbosityLevel.None);
        if (verbose)
        {
            configuration = configuration.WithVerbosityEnabled(VerbosityLevel.Info);
        }

        var outcome = CoyoteExplorer.Run(test, configuration, log);
        return new ReplayRun(outcome, box.Value?.Entries ?? [], box.Value?.FailureStack, verbose ? log.ToString() : null);
    }
}
