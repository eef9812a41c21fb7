using System.Diagnostics;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Shrinking;

/// <summary>Shrinks a bug: the scenario first, then its schedule, validating every schedule kept by replay.</summary>
public static class BugShrinker
{
    /// <summary>
    /// The bundle of the smallest bug found from <paramref name="bundle"/>'s. When nothing smaller
    /// replays, the bundle comes back with its size recorded and unchanged content.
    /// </summary>
    public static BugBundle Shrink(BugBundle bundle, MapTarget target, ShrinkOptions options, CancellationToken cancellation = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var signature = BugSignature.Of(bundle.Verdict.Message);
        var original = new ScheduleShrinker(bundle.Scenario, target, signature, options, cancellation);
        var trace = bundle.Trace.GetRawText();
        var known = original.Measure(trace);
        var before = new BugSize(bundle.Scenario.Tasks.Count, bundle.Scenario.OperationCount, bundle.Size.Steps, known?.Preemptions ?? bundle.Size.Preemptions);

        var scenarios = new ScenarioShrinker(target, signature, options, cancellation);
        var scenario = scenarios.Shrink(bundle.Scenario);
        var schedules = scenario == bundle.Scenario ? original : new ScheduleShrinker(scenario, target, signature, options, cancellation);
        var best = schedules.Shrink(scenario == bundle.Scenario ? known : null);
        if (best is null)
        {
            // The smaller scenario's schedules would not replay: keep the bug as found.
            scenario = bundle.Scenario;
            best = known;
        }

        var tried = scenarios.Tried + original.Tried + (schedules == original ? 0 : schedules.Tried);
        if (best is null)
        {
            return bundle with { Shrinking = new ShrinkRecord(before, before, stopwatch.Elapsed.TotalSeconds, tried) };
        }

        var after = new BugSize(scenario.Tasks.Count, scenario.OperationCount, best.Steps, best.Preemptions);
        var message = best.Replay.Outcome.BugMessage ?? bundle.Verdict.Message;
        return BugBundleFactory.Create(
            bundle.Cell,
            scenario,
            target,
            best.Trace,
            message,
            best.Replay.Outcome.BugDetail ?? message,
            bundle.Replay.MaxSteps,
            new ShrinkRecord(before, after, stopwatch.Elapsed.TotalSeconds, tried),
            best.Replay,
            options.InterleaveMemoryAccesses);
    }
}
