using StressMaps.Harness.Exploration;
using StressMaps.Harness.Matrix;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Oracles;

/// <summary>Explores scenarios on targets judged by their contracts (user targets, generated scenarios).</summary>
public static class OracleMatrixRunner
{
    /// <summary>
    /// Runs every cell of <paramref name="scenarios"/> × <paramref name="targets"/>, each target with the
    /// options <paramref name="optionsFor"/> gives it, each cell with its own seed derived from them
    /// (<paramref name="journaled"/>: see <see cref="RunCell"/>).
    /// </summary>
    public static IReadOnlyList<CellVerdict> Run(
        IReadOnlyList<Scenario> scenarios,
        IReadOnlyList<MapTarget> targets,
        Func<MapTarget, ExplorationOptions> optionsFor,
        Action<CellVerdict>? onCell = null,
        CancellationToken cancellation = default,
        bool journaled = false) =>
        MatrixRunner.RunEach(scenarios, targets, (scenario, target) => RunCell(scenario, target, optionsFor(target), journaled), onCell, cancellation);

    /// <summary>
    /// Explores one cell with the cell's own seed. A <paramref name="journaled"/> cell records its
    /// interleaving in every schedule, so a journaled replay of its trace (for a bundle) takes the same
    /// steps even when field accesses in the rewritten harness are scheduling points.
    /// </summary>
    public static CellVerdict RunCell(Scenario scenario, MapTarget target, ExplorationOptions options, bool journaled = false)
    {
        var (expectation, reason) = OracleExpectations.For(scenario, target);
        var cellOptions = options.WithSeed(CellSeeds.For(options.Seed, new CellId(scenario.Name, target.Name)));
        var outcome = expectation == Expectation.NotApplicable
            ? null
            : CoyoteExplorer.Explore(journaled ? OracleScenarioRunner.JournaledTest(scenario, target, new()) : TestOf(scenario, target), cellOptions);
        return new CellVerdict(scenario.Name, target.Name, expectation, reason, cellOptions, outcome)
        {
            Contract = ContractNames.Of(target.Contract),
            TargetSummary = target.Summary,
            ScenarioSteps = StepsOf(scenario),
        };
    }

    /// <summary>A scenario's steps on one line: <c>setup: set(a, 1) | task 1: add(k, 1) | task 2: add(k, 2)</c>.</summary>
    public static string StepsOf(Scenario scenario) =>
        string.Join(" | ", (scenario.Setup.Count > 0 ? [$"setup: {string.Join("; ", scenario.Setup)}"] : Array.Empty<string>())
            .Concat(scenario.Tasks.Select((task, i) => $"task {i + 1}: {string.Join("; ", task)}")));

    /// <summary>The test Coyote runs for one iteration: a fresh instance, the scenario once, judged by the contract.</summary>
    public static Func<Task> TestOf(Scenario scenario, MapTarget target) =>
        () => OracleScenarioRunner.RunAsync(scenario, target);
}
