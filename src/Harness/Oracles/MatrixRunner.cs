using StressMaps.Harness.Exploration.Execution;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Oracles;

/// <summary>Explores every scenario on every map and compares each verdict with its expectation.</summary>
public static class MatrixRunner
{
    /// <summary>
    /// Runs the cells of <paramref name="scenarios"/> × <paramref name="maps"/> one after another,
    /// each with its own seed derived from <paramref name="options"/>' seed. <paramref name="onCell"/>
    /// hears each verdict as it lands, for progress output.
    /// </summary>
    public static IReadOnlyList<CellVerdict> Run(
        IReadOnlyList<Scenario> scenarios,
        IReadOnlyList<Target> maps,
        ExplorationOptions options,
        Action<CellVerdict>? onCell = null,
        CancellationToken cancellation = default) =>
        RunEach(scenarios, maps, (scenario, map) => RunCell(scenario, map, options), onCell, cancellation);

    /// <summary>
    /// Runs <paramref name="runCell"/> on every cell of <paramref name="scenarios"/> × <paramref name="targets"/>
    /// in matrix order, stopping between cells when <paramref name="cancellation"/> fires.
    /// </summary>
    public static IReadOnlyList<CellVerdict> RunEach(
        IReadOnlyList<Scenario> scenarios,
        IReadOnlyList<Target> targets,
        Func<Scenario, Target, CellVerdict> runCell,
        Action<CellVerdict>? onCell = null,
        CancellationToken cancellation = default)
    {
        var verdicts = new List<CellVerdict>();
        foreach (var scenario in scenarios)
        {
            foreach (var target in targets)
            {
                cancellation.ThrowIfCancellationRequested();
                var verdict = runCell(scenario, target);
                verdicts.Add(verdict);
                onCell?.Invoke(verdict);
            }
        }

        return verdicts;
    }

    /// <summary>Explores one cell with the cell's own seed.</summary>
    public static CellVerdict RunCell(Scenario scenario, Target map, ExplorationOptions options)
    {
        var (expectation, reason) = ExpectationTable.For(scenario, map);
        var cellOptions = options.WithSeed(CellSeeds.For(options.Seed, new CellId(scenario.Name, map.Name)));
        var outcome = expectation == Expectation.NotApplicable
            ? null
            : CoyoteExplorer.Explore(TestOf(scenario, map), cellOptions);
        return new CellVerdict(scenario.Name, map.Name, expectation, reason, cellOptions, outcome);
    }

    /// <summary>The test Coyote runs for one iteration of a cell: a fresh map, the scenario once.</summary>
    public static Func<Task> TestOf(Scenario scenario, Target map) =>
        () => ScenarioRunner.RunAsync(scenario, map.Create());
}
