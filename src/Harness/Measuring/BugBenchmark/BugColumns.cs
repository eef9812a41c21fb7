using StressMaps.Harness.Bundles.Shrinking;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Measuring.BugBenchmark;

/// <summary>
/// The columns of the bug benchmark: StressMaps' default (what <c>stressmaps test</c> runs), each of Coyote's
/// strategies alone, and real-thread stress, each given the same wall-time budget per program.
/// </summary>
public static class BugColumns
{
    /// <summary>StressMaps' default: the portfolio, field-level interleaving on.</summary>
    public const string Default = "stressmaps";

    /// <summary>Real threads, no Coyote.</summary>
    public const string Stress = "stress";

    /// <summary>Every column, in table order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Default, .. StrategyName.All.Where(strategy => strategy != StrategyName.Portfolio), Stress];

    /// <summary>
    /// Explores <paramref name="target"/> with <paramref name="column"/>'s strategy until the first bug or the budget;
    /// a bug's trace is replayed once to check that it shows the same bug.
    /// </summary>
    public static BugAttempt Explore(string column, Target target, uint seed, TimeSpan budget)
    {
        var strategy = column == Default ? StrategyName.Portfolio : column;
        var options = new ExplorationOptions(strategy, uint.MaxValue, seed, ExplorationOptions.DefaultMaxSteps, budget, InterleaveMemoryAccesses: true);
        var outcome = ConcurrentTestExplorer.Explore(target.Test!, options);
        if (outcome is not { BugFound: true })
        {
            return new BugAttempt(false, outcome.IterationsExplored, outcome.Elapsed.TotalSeconds, null, null);
        }

        var replayed = outcome.ReproducibleTrace is { } trace
            && CellRunner.Replay(Cell.Matrix(ConcurrentTestScenario.Instance, target), trace, options) is { Outcome.BugFound: true } replay
            && BugSignature.Of(replay.Outcome.Bug) == BugSignature.Of(outcome.Bug);
        return new BugAttempt(true, outcome.FirstBugIteration ?? outcome.IterationsExplored, outcome.Elapsed.TotalSeconds, outcome.BugMessage, replayed);
    }
}
