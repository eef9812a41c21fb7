using StressMaps.Harness.Oracles;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Measuring.Stress;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Measuring.Comparison;

/// <summary>
/// Pits systematic exploration against real-thread stress on one bug-expected cell: each strategy over
/// many spread seeds, then stress over the same wall-clock time, cut into as many trials.
/// </summary>
/// <remarks>
/// Exploration runs first and stress after it, never at once: while a Coyote engine is alive, the
/// rewritten maps would get Coyote's checked collections (see <see cref="PassThroughCheck"/>).
/// The lock-wait listener lives only while stress runs: the runtime's contention events it turns on
/// fire on the engine's own hand-offs too (with it on throughout, an iteration grew from about 1.6 ms to
/// 4.7 ms cell after cell in one compare run; without it, 1.0 to 2.2 ms).
/// </remarks>
public static class ComparisonRunner
{
    /// <summary>Compares the methods on one cell; <paramref name="onProgress"/> hears a line per method.</summary>
    public static ComparisonCell RunCell(
        Scenario scenario,
        Target target,
        ComparisonOptions options,
        Action<string>? onProgress = null,
        CancellationToken cancellation = default)
    {
        var (_, reason) = ExpectationTable.For(scenario, target);
        var cellName = new CellId(scenario.Name, target.Name);
        var cellSeed = CellSeeds.For(options.RunSeed, cellName);

        var exploration = new List<TrialSummary>();
        foreach (var strategy in options.Strategies)
        {
            var trials = ExplorationTrials(scenario, target, options, strategy, cellSeed, cancellation);
            var summary = TrialSummary.Of("exploration", strategy, "iterations", trials, attemptCap: (int)options.Iterations);
            exploration.Add(summary);
            onProgress?.Invoke($"{cellName}: {strategy}: found in {summary.Detected}/{summary.Trials} seeds");
        }

        var budget = options.StressTrialBudget
            ?? TimeSpan.FromSeconds(exploration.Count > 0 ? exploration[0].TotalSeconds / Math.Max(1, options.Seeds) : 1);
        var stressOptions = new StressOptions(int.MaxValue, budget, options.RunTimeout, StopAtFirstFailure: true);
        var stressTrials = new List<Trial>();
        string? firstFailure = null;
        using var locks = new LockWaitListener();
        for (var i = 0; i < options.Seeds; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var outcome = StressRunner.RunCell(scenario, target, stressOptions, locks, cancellation);
            firstFailure ??= outcome.FirstFailure is { } kind ? $"{StressCellRecord.KindName(kind)}: {outcome.FirstFailureMessage}" : null;
            stressTrials.Add(outcome.FirstFailingRun is { } run
                ? new Trial(true, run, outcome.TimeToFirstFailure!.Value.TotalSeconds)
                : new Trial(false, outcome.Runs, outcome.Elapsed.TotalSeconds));
        }

        var stress = TrialSummary.Of("stress", null, "runs", stressTrials, trialBudgetSeconds: budget.TotalSeconds);
        onProgress?.Invoke(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{cellName}: stress: found in {stress.Detected}/{stress.Trials} trials of {budget.TotalMilliseconds:0} ms"));
        return new ComparisonCell
        {
            Scenario = scenario.Name,
            Map = target.Name,
            Reason = reason,
            CellSeed = cellSeed,
            Exploration = exploration,
            Stress = stress,
            StressFirstFailure = firstFailure,
        };
    }

    /// <summary>
    /// Explores and stresses <paramref name="scenario"/> briefly and throws the results away, so that
    /// the first trial measured does not pay for loading and compiling the engine and the harness.
    /// </summary>
    public static void WarmUp(Scenario scenario, Target target)
    {
        CoyoteExplorer.Explore(CellRunner.TestOf(Cell.Matrix(scenario, target)), new ExplorationOptions(Iterations: 10));
        using var locks = new LockWaitListener();
        StressRunner.RunCell(scenario, target, new StressOptions(Runs: 100), locks);
    }

    private static List<Trial> ExplorationTrials(
        Scenario scenario, Target target, ComparisonOptions options, string strategy, uint cellSeed, CancellationToken cancellation)
    {
        var trials = new List<Trial>();
        var test = CellRunner.TestOf(Cell.Matrix(scenario, target));
        for (var i = 0; i < options.Seeds; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var seed = CellSeeds.Nth(cellSeed, i);
            var outcome = CoyoteExplorer.Explore(test, new ExplorationOptions(strategy, options.Iterations, seed, options.MaxSteps));
            trials.Add(new Trial(
                outcome.BugFound,
                outcome.FirstBugIteration ?? outcome.IterationsExplored,
                outcome.Elapsed.TotalSeconds,
                seed));
        }

        return trials;
    }
}
