using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Exploration.Traces;

namespace StressMaps.Harness.Bundles.Shrinking;

/// <summary>A schedule that shows the bug, with its size as measured by replaying it.</summary>
/// <param name="Trace">The Coyote trace.</param>
/// <param name="Replay">Its validating replay, with the interleaving.</param>
/// <param name="Preemptions">Switches away from a task that still had work to do.</param>
/// <param name="Steps">Steps in the trace.</param>
public sealed record MeasuredSchedule(string Trace, ReplayRun Replay, int Preemptions, int Steps);

/// <summary>
/// Shrinks the schedule of a bug: fewest preemptions first, then the shortest trace prefix. Seeds come
/// from explorations with a small prioritization bound; prefixes are cut after a context switch and
/// continued by prioritization with bound 0, which takes no further priority changes. Every schedule
/// kept is one whose replay showed the same bug.
/// </summary>
public sealed class ScheduleShrinker(Cell cell, string signature, ShrinkOptions options, CancellationToken cancellation)
{
    /// <summary>Schedules explored or replayed so far.</summary>
    public int Tried { get; private set; }

    /// <summary>Replays <paramref name="trace"/> and measures it; null when it does not show the bug.</summary>
    public MeasuredSchedule? Measure(string trace)
    {
        cancellation.ThrowIfCancellationRequested();
        Tried++;
        var replay = CellRunner.Replay(cell, trace, options.Exploring(1, options.Seed));
        if (!replay.Outcome.BugFound || BugSignature.Of(replay.Outcome.Bug) != signature)
        {
            return null;
        }

        var preemptions = cell.Target.Test is not null && replay.Frames is { } frames
            ? Exploration.Traces.ConcurrentTestSchedule.Preemptions(frames)
            : ScheduleBuilder.Build(replay.Journal, cell.Scenario).Count(step => step.Preemption);
        return new MeasuredSchedule(trace, replay, preemptions, CoyoteTrace.Parse(trace).Steps.Count);
    }

    /// <summary>The smallest schedule found, starting from <paramref name="known"/> (a schedule that shows the bug, or null).</summary>
    public MeasuredSchedule? Shrink(MeasuredSchedule? known)
    {
        var best = known;
        for (var bound = 0u; bound <= options.MaxBound && best is not { Preemptions: <= 1 }; bound++)
        {
            foreach (var found in Seeds(bound))
            {
                if (best is null || Order(found).CompareTo(Order(best)) < 0)
                {
                    best = found;
                }
            }
        }

        return best is null ? null : ShortestPrefix(best);
    }

    private IEnumerable<MeasuredSchedule> Seeds(uint bound)
    {
        for (var i = 0; i < options.SeedsPerBound; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            Tried++;
            var seed = CellSeeds.Nth(options.Seed ^ bound, i);
            var explored = CellRunner.Run(
                cell, CoyoteConfigurations.ForBoundedPrioritization(options.Exploring(options.CandidateIterations, seed), bound));
            if (explored is { BugFound: true, ReproducibleTrace: { } trace } && Measure(trace) is { } measured)
            {
                yield return measured;
            }
        }
    }

    private MeasuredSchedule ShortestPrefix(MeasuredSchedule best)
    {
        var trace = CoyoteTrace.Parse(best.Trace).WithContinuation(StrategyName.Prioritization, 0);
        var cuts = trace.Steps.Select((step, i) => (step, i)).Where(pair => pair.step.IsSwitch).Select(pair => pair.i + 1)
            .Where(cut => cut < best.Steps)
            .Append(best.Steps);
        foreach (var cut in cuts)
        {
            var shorter = Measure(trace.WithPrefix(cut).ToJson());
            if (shorter is not null && Order(shorter).CompareTo(Order(best)) <= 0)
            {
                return shorter;
            }
        }

        return best;
    }

    private static ValueTuple<int, int> Order(MeasuredSchedule schedule) => (schedule.Preemptions, schedule.Steps);
}
