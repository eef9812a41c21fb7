using StressMaps.Harness.Oracles;
using StressMaps.Harness.Exploration.Execution;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Oracles;

/// <summary>Explores scenarios on targets judged by their contracts (user targets, generated scenarios).</summary>
public static class OracleMatrixRunner
{
    /// <summary>
    /// Runs every cell of <paramref name="scenarios"/> × <paramref name="targets"/>, each target with the
    /// options <paramref name="optionsFor"/> gives it, each cell with its own seed derived from them.
    /// </summary>
    public static IReadOnlyList<CellVerdict> Run(
        IReadOnlyList<Scenario> scenarios,
        IReadOnlyList<Target> targets,
        Func<Target, ExplorationOptions> optionsFor,
        Action<CellVerdict>? onCell = null,
        CancellationToken cancellation = default) =>
        MatrixRunner.RunEach(scenarios, targets, (scenario, target) => RunCell(scenario, target, optionsFor(target)), onCell, cancellation);

    /// <summary>
    /// Explores one cell with the cell's own seed. Every schedule records its interleaving (see <see cref="TestOf(Scenario, Target, JournalSink)"/>),
    /// so a journaled replay of its trace (for a bundle) takes the same steps even when field accesses are scheduling points.
    /// </summary>
    public static CellVerdict RunCell(Scenario scenario, Target target, ExplorationOptions options)
    {
        var (expectation, reason) = OracleExpectations.For(scenario, target);
        if (target.Uncontrolled.Count > 0)
        {
            return new CellVerdict(scenario.Name, target.Name, expectation, reason, options, null)
            {
                Unsupported = $"{target.Name} calls {string.Join(", ", target.Uncontrolled)}, which neither Coyote nor StressMaps controls",
                Contract = ContractNames.Of(target.Contract),
                TargetSummary = target.Summary,
                ScenarioSteps = StepsOf(scenario),
            };
        }

        var cellOptions = options.WithSeed(CellSeeds.For(options.Seed, new CellId(scenario.Name, target.Name)));
        var outcome = expectation == Expectation.NotApplicable ? null
            : target.Class is { } type ? ClassCellExplorer.Explore(scenario, target, type, cellOptions)
            : CoyoteExplorer.Explore(TestOf(scenario, target), cellOptions);
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
    public static Func<Task> TestOf(Scenario scenario, Target target) => TestOf(scenario, target, new JournalSink());

    /// <summary>
    /// The same test, each iteration's journal (and a class target's calls in flight) kept by <paramref name="journals"/>:
    /// exploring and replaying run this very code, so a replay meets exactly the scheduling points its exploration met.
    /// </summary>
    public static Func<Task> TestOf(Scenario scenario, Target target, JournalSink journals) => target.Class is { } type
        ? () => ClassScenarioRunner.RunAsync(scenario, type, journals.FreshInFlight(scenario.Tasks.Count), journals.Fresh())
        : () => OracleScenarioRunner.RunAsync(scenario, target, journals.Fresh());
}
