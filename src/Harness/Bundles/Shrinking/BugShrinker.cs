using System.Diagnostics;
using StressMaps.Harness.Bundles.Replay;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Exploration.Traces;

namespace StressMaps.Harness.Bundles.Shrinking;

/// <summary>A bug to shrink: the scenario that showed it, the Coyote trace that shows it, and what it said.</summary>
/// <param name="Scenario">The scenario as it ran.</param>
/// <param name="Trace">Coyote's reproducible trace of the failing schedule.</param>
/// <param name="Message">The bug's first line (its signature decides what counts as the same bug).</param>
/// <param name="Detail">The whole bug report.</param>
public sealed record FoundBug(Scenario Scenario, string Trace, string Message, string Detail);

/// <summary>What shrinking made of a bug.</summary>
/// <param name="Bug">The smallest bug that replays (the bug as found when nothing smaller did).</param>
/// <param name="Shrinking">The sizes before and after, the time and the candidates tried.</param>
/// <param name="Replay">The validating replay of <paramref name="Bug"/>'s trace, or null when nothing replayed.</param>
public sealed record ShrunkBug(FoundBug Bug, ShrinkRecord Shrinking, ReplayRun? Replay);

/// <summary>Shrinks a bug: the scenario first, then its schedule, validating every schedule kept by replay.</summary>
public static class BugShrinker
{
    /// <summary>
    /// The smallest bug found from <paramref name="bug"/> on <paramref name="target"/>. When nothing
    /// smaller replays, the bug comes back as found, with its size recorded.
    /// </summary>
    public static ShrunkBug Shrink(FoundBug bug, Target target, ShrinkOptions options, CancellationToken cancellation = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var signature = BugSignature.Of(bug.Message);
        var original = new ScheduleShrinker(bug.Scenario, target, signature, options, cancellation);
        var known = original.Measure(bug.Trace);
        var before = new BugSize(bug.Scenario.Tasks.Count, bug.Scenario.OperationCount, CoyoteTrace.Parse(bug.Trace).Steps.Count, known?.Preemptions ?? 0);

        var scenarios = new ScenarioShrinker(target, signature, options, cancellation);
        var scenario = scenarios.Shrink(bug.Scenario);
        var schedules = scenario == bug.Scenario ? original : new ScheduleShrinker(scenario, target, signature, options, cancellation);
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
        var message = best.Replay.Outcome.BugMessage ?? bug.Message;
        return new ShrunkBug(
            new FoundBug(scenario, best.Trace, message, best.Replay.Outcome.BugDetail ?? message),
            new ShrinkRecord(before, after, stopwatch.Elapsed.TotalSeconds, tried),
            best.Replay);
    }
}
