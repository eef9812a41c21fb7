using System.Diagnostics;
using StressMaps.Frames;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Coverage;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Measuring.Overhead;

/// <summary>
/// What counting interleaving coverage costs: one safe cell judged by its contract, with field-level
/// interleaving on (so every field and collection access reaches the hook), explored with the same seed and
/// schedules with coverage counted and without, rounds alternating sides and which side goes first.
/// </summary>
public static class CoverageOverheadBenchmark
{
    /// <summary>The measured cell's scenario: two writers and a reader, many accesses to pair.</summary>
    public static Scenario Scenario => ScenarioCatalog.TwoWritersOneReader;

    /// <summary>The measured cell's map.</summary>
    public static Target Map => TargetCatalog.Find("locked")!;

    /// <summary>Runs a warm-up of each side, then <paramref name="rounds"/> alternating rounds of <paramref name="iterations"/> schedules.</summary>
    public static CoverageOverheadResult Measure(uint iterations, int rounds, uint runSeed = ExplorationOptions.DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfZero(iterations);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rounds);
        var seed = CellSeeds.For(runSeed, new CellId(Scenario.Name, Map.Name));
        var options = new ExplorationOptions(StrategyName.Portfolio, iterations, seed, InterleaveMemoryAccesses: true);
        var test = CellRunner.TestOf(Cell.Judged(Scenario, Map));

        var pairs = 0;
        var (plain, counted) = AlternatingRounds.Run(rounds, () => Plain(test, options), () =>
        {
            (var rate, pairs) = Counted(test, options);
            return rate;
        });
        return new CoverageOverheadResult(new CellId(Scenario.Name, Map.Name).Display, seed, iterations, pairs, counted, plain);
    }

    private static double Plain(Func<Task> test, ExplorationOptions options) => Timed(() => CoyoteExplorer.Explore(test, options), options.Iterations);

    private static (double Rate, int Pairs) Counted(Func<Task> test, ExplorationOptions options)
    {
        var recorder = new CoverageRecorder();
        return (Timed(() => CoveredExplorer.Explore(test, options, recorder), options.Iterations), recorder.PairCount);
    }

    private static double Timed(Func<ExplorationOutcome> explore, uint expected)
    {
        var stopwatch = Stopwatch.StartNew();
        var outcome = explore();
        stopwatch.Stop();
        return outcome is { BugFound: false } && outcome.IterationsExplored == expected
            ? outcome.IterationsExplored / stopwatch.Elapsed.TotalSeconds
            : throw new InvalidOperationException($"the coverage overhead cell must explore {expected} schedules without a bug; it explored {outcome.IterationsExplored}: {outcome.BugMessage}");
    }
}

/// <summary>The same cell explored with coverage counted and without, several rounds each.</summary>
/// <param name="Cell">The cell, as <c>scenario × map</c>.</param>
/// <param name="Seed">The seed both sides used.</param>
/// <param name="Iterations">Schedules a round explored, each side.</param>
/// <param name="Pairs">The pairs a counted round saw.</param>
/// <param name="CountedIterationsPerSecond">Schedules a second with coverage counted, a round each.</param>
/// <param name="PlainIterationsPerSecond">Schedules a second without, a round each.</param>
public sealed record CoverageOverheadResult(
    string Cell, uint Seed, uint Iterations, int Pairs, IReadOnlyList<double> CountedIterationsPerSecond, IReadOnlyList<double> PlainIterationsPerSecond)
{
    /// <summary>The bound: counting costs under 10 %.</summary>
    public const double Target = 1.10;

    /// <summary>How many times longer a schedule takes with coverage counted (1.00 is no cost).</summary>
    public double Ratio => HarnessOverheadResult.Median(CountedIterationsPerSecond) is var counted and > 0
        ? HarnessOverheadResult.Median(PlainIterationsPerSecond) / counted
        : double.PositiveInfinity;
}
