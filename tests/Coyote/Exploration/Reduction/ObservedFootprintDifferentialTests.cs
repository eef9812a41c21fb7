using StressMaps.Harness.Exploration;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Scenarios.Generation;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Verdicts;
using StressMaps.Tests.Oracles.Matrix;
using Xunit.Abstractions;

namespace StressMaps.Tests.Exploration.Reduction;

/// <summary>
/// DPOR with observed footprints against Coyote's DFS on the built-in cells DFS finishes in seconds and on generated
/// scenarios: the same verdict, every bug DFS finds found, and never more schedules. Each case writes both counts.
/// </summary>
public class ObservedFootprintDifferentialTests(ITestOutputHelper output)
{
    private static readonly ExplorationOptions Dfs = new(Strategy: StrategyName.Exhaustive, Iterations: 3_000, Reduction: ReductionName.None);
    private static readonly ExplorationOptions Dpor = Dfs with { Reduction = ReductionName.Dpor };

    [Theory]
    [InlineData("aliased-snapshot", "locked")]
    [InlineData("aliased-snapshot", "immutable")]
    [InlineData("aliased-snapshot", "readonly-view")]
    [InlineData("atomic-update", "locked")]
    [InlineData("atomic-update", "concurrent")]
    [InlineData("atomic-update", "immutable")]
    [InlineData("atomic-update", "clone")]
    [InlineData("atomic-update", "unlocked-clone")]
    public void OnASafeCellDfsProvesTheReductionProvesInNoMoreSchedules(string scenarioName, string targetName)
    {
        var (scenario, target) = Cells.Find(scenarioName, targetName);

        var (dfs, dpor) = Both(scenario, target);

        Assert.Equal(VerdictKind.Proved, dfs.Verdict);
        Assert.Equal(VerdictKind.Proved, dpor.Verdict);
        Assert.True(dpor.Outcome!.Coverage!.Schedules <= dfs.Outcome!.Coverage!.Schedules);
    }

    [Theory]
    [InlineData("writer-vs-reader", "unsafe")]
    [InlineData("writer-vs-reader", "readonly-view")]
    [InlineData("two-writers-one-reader", "readonly-view")]
    [InlineData("aliased-snapshot", "unsafe")]
    [InlineData("lost-update", "locked")]
    public void OnABugCellTheReductionFindsABugWhereDfsDoes(string scenarioName, string targetName)
    {
        var (scenario, target) = Cells.Find(scenarioName, targetName);

        var (dfs, dpor) = Both(scenario, target);

        Assert.Equal(VerdictKind.Bug, dfs.Verdict);
        Assert.Equal(VerdictKind.Bug, dpor.Verdict);
    }

    [Fact]
    public void OnGeneratedScenariosOverTheUnsafeMapEveryBugDfsFindsTheReductionFinds()
    {
        var target = TargetCatalog.Find("unsafe")!;
        var compared = 0;
        foreach (var scenario in Generated())
        {
            var (dfs, dpor) = Outcomes(scenario, target, Dfs);
            if (dfs.BugFound || dfs.Coverage!.Exhaustive)
            {
                compared++;
                Assert.True(dfs.BugFound == dpor.BugFound, $"{scenario.Name}: DFS {dfs.Coverage!.Describe()}, DPOR {dpor.Coverage!.Describe()}");
            }
        }

        Assert.True(compared > 0, "DFS reached no verdict within its budget on any generated scenario");
    }

    [Fact]
    public void OnGeneratedScenariosOverTheLockedMapTheReductionProvesWhatDfsFindsNoBugIn()
    {
        var target = TargetCatalog.Find("locked")!;
        foreach (var scenario in Generated())
        {
            var (dfs, dpor) = Outcomes(scenario, target, Dfs with { Iterations = 500 });

            Assert.False(dfs.BugFound, dfs.BugMessage);
            Assert.True(dpor.Coverage!.Exhaustive && !dpor.BugFound, $"{scenario.Name}: DPOR {dpor.Coverage.Describe()}");
        }
    }

    // Small random scenarios (2 or 3 tasks of 1 to 3 calls) over three keys; the same seed gives the same scenarios.
    private static IReadOnlyList<Scenario> Generated() =>
        ScenarioGenerator.Generate(8, seed: 20261204, [OperationKind.Get, OperationKind.Set, OperationKind.Remove, OperationKind.Count, OperationKind.Enumerate]);

    // Generated scenarios have no expected verdict: the outcomes are compared as they come.
    private (ExplorationOutcome Dfs, ExplorationOutcome Dpor) Outcomes(Scenario scenario, Target target, ExplorationOptions dfsOptions)
    {
        var cell = Cell.Matrix(scenario, target);
        var dfs = CoyoteExplorer.Explore(CellRunner.TestOf(cell), dfsOptions, CellRunner.FootprintsOf(cell));
        var dpor = CoyoteExplorer.Explore(CellRunner.TestOf(cell), Dpor, CellRunner.FootprintsOf(cell));
        output.WriteLine($"{scenario.Name} x {target.Name}: DFS {dfs.Coverage!.Describe()}; DPOR {dpor.Coverage!.Describe()}");
        return (dfs, dpor);
    }

    private (CellVerdict Dfs, CellVerdict Dpor) Both(Scenario scenario, Target target)
    {
        var cell = Cell.Matrix(scenario, target);
        var dfs = CellRunner.Explore(cell, Dfs);
        var dpor = CellRunner.Explore(cell, Dpor);
        output.WriteLine($"{scenario.Name} x {target.Name}: DFS {dfs.Verdict} in {dfs.Outcome?.Coverage?.Schedules} schedules; DPOR {dpor.Verdict} in {dpor.Outcome?.Coverage?.Schedules}");
        return (dfs, dpor);
    }
}
