using StressMaps.Harness.Oracles;
using System.Diagnostics;
using Microsoft.Coyote;
using Microsoft.Coyote.SystematicTesting;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Measuring.Overhead;

/// <summary>
/// Measures what the harness adds to Coyote: one safe cell (so every round explores all its
/// iterations, never stopping early at a bug) through <see cref="CellRunner.Explore"/>, against
/// the same scenario hand-written in <see cref="BareScenarios"/> on a bare <see cref="TestingEngine"/>
/// with the same iterations, strategy (Coyote's default portfolio) and seed. Rounds alternate sides,
/// so a burst of load from elsewhere on the machine hits both alike; both sides pay the engine's start.
/// </summary>
public static class HarnessOverheadBenchmark
{
    /// <summary>The measured cell's scenario.</summary>
    public static Scenario Scenario => ScenarioCatalog.WriterVersusReader;

    /// <summary>The measured cell's map.</summary>
    public static Target Map => TargetCatalog.Find("locked")!;

    /// <summary>
    /// Runs one warm-up round of each side, then <paramref name="rounds"/> alternating rounds of
    /// <paramref name="iterations"/> iterations each (<see cref="AlternatingRounds"/>).
    /// </summary>
    public static HarnessOverheadResult Measure(uint iterations, int rounds, uint runSeed = ExplorationOptions.DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfZero(iterations);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rounds);
        var options = new ExplorationOptions(StrategyName.Portfolio, iterations, runSeed);
        var cellSeed = CellSeeds.For(runSeed, new CellId(Scenario.Name, Map.Name));

        var (harness, bare) = AlternatingRounds.Run(rounds, () => ThroughHarness(options), () => OnBareEngine(iterations, cellSeed, options.MaxSteps));
        return new HarnessOverheadResult(new CellId(Scenario.Name, Map.Name).Display, StrategyName.Portfolio, cellSeed, iterations, harness, bare);
    }

    private static double ThroughHarness(ExplorationOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        var verdict = CellRunner.Explore(Cell.Matrix(Scenario, Map), options);
        stopwatch.Stop();
        var explored = verdict.Outcome is { BugFound: false } outcome ? outcome.IterationsExplored
            : throw new InvalidOperationException($"the overhead cell must be safe, but the harness reported: {verdict.Outcome?.BugMessage ?? "no outcome"}");
        return PerSecond(explored, options.Iterations, stopwatch.Elapsed);
    }

    private static double OnBareEngine(uint iterations, uint seed, uint maxSteps)
    {
        var stopwatch = Stopwatch.StartNew();
        // Coyote's API used directly, with the settings the harness uses (its default strategy is the portfolio).
        var configuration = Configuration.Create()
            .WithTelemetryEnabled(false)
            .WithConsoleLoggingEnabled(false)
            .WithMaxSchedulingSteps(maxSteps)
            .WithFailureOnMaxStepsBoundEnabled(true)
            .WithPotentialDeadlocksReportedAsBugs(true)
            .WithTestingIterations(iterations)
            .WithRandomGeneratorSeed(seed);
        using var engine = TestingEngine.Create(configuration, BareScenarios.WriterVersusReaderOnLockedMap);
        engine.Run();
        stopwatch.Stop();
        var report = engine.TestReport;
        if (report.NumOfFoundBugs > 0)
        {
            throw new InvalidOperationException($"the bare overhead scenario must be safe, but Coyote reported: {report.BugReports.First()}");
        }

        return PerSecond(report.NumOfExploredFairPaths + report.NumOfExploredUnfairPaths, iterations, stopwatch.Elapsed);
    }

    private static double PerSecond(int explored, uint expected, TimeSpan elapsed) =>
        explored == expected
            ? explored / elapsed.TotalSeconds
            : throw new InvalidOperationException($"explored {explored} iterations instead of {expected}: the sides would not be comparable");
}
