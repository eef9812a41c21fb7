using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Bugs;
using StressMaps.Harness.Exploration.Traces;
using StressMaps.Harness.Files;
using StressMaps.Harness.Bundles.Shrinking;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Bundles;

/// <summary>
/// The bundle of a schedule that ended its worker, made from the steps the worker journaled, without running it
/// again (that would end this worker too): no interleaving table and no stacks, the kill as its verdict.
/// </summary>
public static class KilledScheduleBundle
{
    /// <summary>The bundle of <paramref name="kill"/> (the cell's <paramref name="bug"/>) on <paramref name="scenario"/> × <paramref name="target"/>, for the cell named <paramref name="cell"/>.</summary>
    public static BugBundle Create(
        string cell, Scenario scenario, Target target, ExplorationOptions options, IReadOnlyList<string> steps, WorkerKill kill, Bug bug, string message, string detail)
    {
        var trace = CoyoteTrace.Parse(JournaledTrace.For(options, steps));
        return new BugBundle
        {
            CreatedAt = DateTimeOffset.UtcNow,
            Cell = cell,
            Target = TargetIdentity.Of(target),
            Scenario = scenario,
            Trace = trace.ToElement(),
            Replay = ReplaySettings.Of(trace, options.MaxSteps, options.InterleaveMemoryAccesses),
            Verdict = new VerdictRecord(message, detail, []) { Bug = bug },
            Size = new BugSize(scenario.Tasks.Count, scenario.OperationCount, trace.Steps.Count, 0),
            ReplayCommand = $"stressmaps replay {OutputFolder.BundleLink(cell)}",
            Killed = kill,
        };
    }
}
