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

    [Theory]
    [InlineData("unsafe")]
    [InlineData("locked")]
    [InlineData("unlocked-clone")]
    public void OnGeneratedScenariosEveryVerdictDfsReachesTheReductionReaches(string targetName)
    {
        var target = TargetCatalog.Find(targetName)!;
        var offered = new[] { OperationKind.Get, OperationKind.Set, OperationKind.Remove, OperationKind.Count, OperationKind.Snapshot, OperationKind.EnumerateSnapshot };
        var compared = 0;
        foreach (var scenario in ScenarioGenerator.Generate(8, seed: 20261204, offered))
        {
            var (dfs, dpor) = Both(scenario, target);
            if (dfs.Verdict is VerdictKind.Bug or VerdictKind.Proved)
            {
                compared++;
                Assert.True(dfs.Verdict == dpor.Verdict, $"{scenario.Name} on {targetName}: DFS {dfs.Verdict}, DPOR {dpor.Verdict} ({dpor.Outcome?.Coverage?.Describe()})");
            }
        }

        Assert.True(compared > 0, "DFS reached no verdict within its budget on any generated scenario");
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
