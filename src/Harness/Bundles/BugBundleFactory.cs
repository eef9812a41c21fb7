using StressMaps.Harness.Bundles;
using StressMaps.Harness.Files;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Bundles.Shrinking;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Exploration.Traces;

namespace StressMaps.Harness.Bundles;

/// <summary>Builds a bundle from a bug: replays its trace once to record the interleaving the reports draw.</summary>
public static class BugBundleFactory
{
    /// <summary>
    /// The bundle of <paramref name="bug"/> on <paramref name="target"/>, for the cell named <paramref name="cell"/>.
    /// <paramref name="replay"/> is a journaled replay of the bug's trace that captured the user's frames, or null
    /// to run one, judged as <paramref name="judgement"/> says (null: as <paramref name="target"/> is judged in a bundle, <see cref="Cell.JudgementOf"/>).
    /// </summary>
    public static BugBundle Create(
        string cell,
        FoundBug bug,
        Target target,
        uint maxSteps,
        ShrinkRecord? shrinking = null,
        ReplayRun? replay = null,
        bool interleaveMemoryAccesses = false,
        Judgement? judgement = null)
    {
        var (scenario, trace) = (bug.Scenario, bug.Trace);
        var parsed = CoyoteTrace.Parse(trace);
        if (replay?.Frames is null)
        {
            var options = new Exploration.ExplorationOptions(MaxSteps: maxSteps, InterleaveMemoryAccesses: interleaveMemoryAccesses);
            replay = CellRunner.Replay(new Cell(scenario, target, judgement ?? Cell.JudgementOf(target, byContract: false)), trace, options, captureFrames: true);
        }

        var frames = replay.Frames!;
        var schedule = replay.Outcome.BugFound ? ScheduleBuilder.Build(replay.Journal, scenario) : [];
        return new BugBundle
        {
            CreatedAt = DateTimeOffset.UtcNow,
            Cell = cell,
            Target = TargetIdentity.Of(target),
            Scenario = scenario,
            Trace = parsed.ToElement(),
            Replay = ReplaySettings.Of(parsed, maxSteps, interleaveMemoryAccesses),
            Verdict = new VerdictRecord(bug.Message, bug.Detail, ScheduleBuilder.Stacks(replay.Journal, scenario, replay.FailureStack, UserFramesText.ByTask(frames)))
            {
                Race = UserFramesText.RaceOf(frames),
                Bug = bug.Typed,
            },
            Schedule = schedule,
            Shrinking = shrinking,
            Size = new BugSize(scenario.Tasks.Count, scenario.OperationCount, parsed.Steps.Count,
                target.Test is null ? schedule.Count(step => step.Preemption) : Exploration.Traces.ConcurrentTestSchedule.Preemptions(frames)),
            ReplayCommand = $"stressmaps replay {OutputFolder.BundleLink(cell)} --times 100",
        };
    }

    /// <summary>The bug <paramref name="bundle"/> holds, as the shrinker takes it.</summary>
    public static FoundBug BugOf(BugBundle bundle) =>
        new(bundle.Scenario, bundle.Trace.GetRawText(), bundle.Verdict.Message, bundle.Verdict.Report, bundle.Verdict.Typed);

    /// <summary>
    /// Shrinks the bug of <paramref name="bundle"/> and returns the bundle of the result; when nothing
    /// smaller replays, the bundle comes back unchanged with its size recorded. Judged as <paramref name="judgement"/>
    /// says (null: as <paramref name="target"/> is judged in a bundle, <see cref="Cell.JudgementOf"/>).
    /// </summary>
    public static BugBundle Shrink(BugBundle bundle, Target target, ShrinkOptions options, CancellationToken cancellation = default, Judgement? judgement = null)
    {
        var cell = new Cell(bundle.Scenario, target, judgement ?? Cell.JudgementOf(target, byContract: false));
        var shrunk = BugShrinker.Shrink(BugOf(bundle), cell, options, cancellation);
        return shrunk.Replay is null
            ? bundle with { Shrinking = shrunk.Shrinking }
            : Create(bundle.Cell, shrunk.Bug, target, bundle.Replay.MaxSteps, shrunk.Shrinking, replay: null, options.InterleaveMemoryAccesses, cell.Judgement);
    }
}
