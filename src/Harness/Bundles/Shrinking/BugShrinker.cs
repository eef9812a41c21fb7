using System.Diagnostics;
using StressMaps.Harness.Exploration.Bugs;
using StressMaps.Harness.Exploration.Traces;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;

namespace StressMaps.Harness.Bundles.Shrinking;

/// <summary>A bug to shrink: the scenario that showed it, the Coyote trace that shows it, and what it said.</summary>
/// <param name="Scenario">The scenario as it ran.</param>
/// <param name="Trace">Coyote's reproducible trace of the failing schedule.</param>
/// <param name="Message">The bug's first line.</param>
/// <param name="Detail">The whole bug report.</param>
/// <param name="Bug">The bug as data, whose signature decides what counts as the same bug; null for one stored without it.</param>
public sealed record FoundBug(Scenario Scenario, string Trace, string Message, string Detail, Bug? Bug = null)
{
    /// <summary>The typed bug: as found, or for a bug stored before kinds were, read from its message (<see cref="UntypedBugs.FromStoredMessage"/>).</summary>
    public Bug Typed => Bug ?? UntypedBugs.FromStoredMessage(Message);
}

/// <summary>What shrinking made of a bug.</summary>
/// <param name="Bug">The smallest bug that replays (the bug as found when nothing smaller did).</param>
/// <param name="Shrinking">The sizes before and after, the time and the candidates tried.</param>
/// <param name="Replay">The validating replay of <paramref name="Bug"/>'s trace, or null when nothing replayed.</param>
public sealed record ShrunkBug(FoundBug Bug, ShrinkRecord Shrinking, ReplayRun? Replay);

/// <summary>
/// Shrinks a bug: the scenario first, then its schedule, validating every schedule kept by replay. One policy
/// for every bug, however its cell is judged: every candidate runs through <see cref="CellRunner"/> as the cell did.
/// </summary>
public static class BugShrinker
{
    /// <summary>
    /// The smallest bug found from <paramref name="bug"/> of <paramref name="cell"/> (whose scenario is the bug's). When
    /// nothing smaller replays, the bug comes back as found, with its size recorded.
    /// </summary>
    public static ShrunkBug Shrink(FoundBug bug, Cell cell, ShrinkOptions options, CancellationToken cancellation = default)
    {
        var stopwatch = Stopwatch.StartNew();
        cell = cell.With(bug.Scenario);
        var signature = BugSignature.Of(bug.Typed);
        var original = new ScheduleShrinker(cell, signature, options, cancellation);
        var known = original.Measure(bug.Trace);
        var before = new BugSize(bug.Scenario.Tasks.Count, bug.Scenario.OperationCount, CoyoteTrace.Parse(bug.Trace).Steps.Count, known?.Preemptions ?? 0);

        var scenarios = new ScenarioShrinker(cell, signature, options, cancellation);
        var scenario = scenarios.Shrink(bug.Scenario);
        var schedules = scenario == bug.Scenario ? original : new ScheduleShrinker(cell.With(scenario), signature, options, cancellation);
        var best = schedules.Shrink(scenario == bug.Scenario ? known : null);
        if (best is null)
        {
            // The smaller scenario's schedules would not replay: keep the bug as found.
            scenario = bug.Scenario;
            best = known;
        }

        var tried = scenarios.Tried + original.Tried + (schedules == original ? 0 : schedules.Tried);
        if (best is null)
        {
            return new ShrunkBug(bug, new ShrinkRecord(before, before, stopwatch.Elapsed.TotalSeconds, tried), null);
        }

        var after = new BugSize(scenario.Tasks.Count, scenario.OperationCount, best.Steps, best.Preemptions);
        var asFound = scenario == bug.Scenario || scenarios.TasksAsFound.SequenceEqual(Enumerable.Range(1, bug.Scenario.Tasks.Count)) ? null : scenarios.TasksAsFound;
        var message = best.Replay.Outcome.BugMessage ?? bug.Message;
        return new ShrunkBug(
            new FoundBug(scenario, best.Trace, message, best.Replay.Outcome.BugDetail ?? message, best.Replay.Outcome.Bug ?? bug.Bug),
            new ShrinkRecord(before, after, stopwatch.Elapsed.TotalSeconds, tried) { TasksAsFound = asFound },
            best.Replay);
    }
}
