using StressMaps.Harness.Replay;
using StressMaps.Harness.RunFiles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Traces;

namespace StressMaps.Harness.Bundles;

/// <summary>Builds a bundle from a bug: replays its trace once to record the interleaving the reports draw.</summary>
public static class BugBundleFactory
{
    /// <summary>The folder, beside <c>run.json</c>, that holds the bundles.</summary>
    public const string Folder = "bugs";

    /// <summary>The bundle's file name for <paramref name="cell"/>, safe whatever the name holds.</summary>
    public static string FileNameFor(string cell) => SafeFileName.From($"{cell}.bundle.json");

    /// <summary>
    /// The bundle of the bug <paramref name="trace"/> shows when <paramref name="scenario"/> runs on
    /// <paramref name="target"/>. <paramref name="replay"/> is a journaled replay of that trace, or null to run one.
    /// </summary>
    public static BugBundle Create(
        string cell,
        Scenario scenario,
        MapTarget target,
        string trace,
        string message,
        string report,
        uint maxSteps,
        ShrinkRecord? shrinking = null,
        ReplayRun? replay = null,
        bool interleaveMemoryAccesses = false)
    {
        var parsed = CoyoteTrace.Parse(trace);
        replay ??= TraceReplay.Run(scenario, target, trace, new Exploration.ExplorationOptions(MaxSteps: maxSteps, InterleaveMemoryAccesses: interleaveMemoryAccesses));
        var schedule = replay.Outcome.BugFound ? ScheduleBuilder.Build(replay.Journal, scenario) : [];
        return new BugBundle
        {
            ToolVersion = RunDocumentBuilder.ToolVersion,
            CoyoteVersion = RunDocumentBuilder.CoyoteVersion,
            CreatedAt = DateTimeOffset.UtcNow,
            Cell = cell,
            Target = TargetIdentity.Of(target),
            Scenario = scenario,
            Trace = parsed.ToElement(),
            Replay = new ReplaySettings(maxSteps, FailOnMaxSteps: true, parsed.Strategy, parsed.StrategyBound, parsed.Seed)
            {
                InterleaveMemoryAccesses = interleaveMemoryAccesses ? true : null,
            },
            Verdict = new VerdictRecord(message, report, ScheduleBuilder.Stacks(replay.Journal, scenario, replay.FailureStack)),
            Schedule = schedule,
            Shrinking = shrinking,
            Size = new BugSize(scenario.Tasks.Count, scenario.OperationCount, parsed.Steps.Count, schedule.Count(step => step.Preemption)),
            ReplayCommand = $"stressmaps replay {Folder}/{FileNameFor(cell)} --times 100",
        };
    }
}
