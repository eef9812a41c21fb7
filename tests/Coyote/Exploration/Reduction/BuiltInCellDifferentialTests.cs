using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Reduction;
using StressMaps.Harness.Oracles;
using StressMaps.Reduction;
using StressMaps.Tests.Oracles.Matrix;

namespace StressMaps.Tests.Exploration.Reduction;

/// <summary>
/// The partial-order search on built-in cells, which declare no footprints: it must treat every step
/// as dependent and so reach DFS's verdict with DFS's schedule count, and find DFS's bugs.
/// </summary>
public class BuiltInCellDifferentialTests
{
    private static readonly ExplorationOptions Options = new(Strategy: StrategyName.Exhaustive, Iterations: 100_000);

    [Theory]
    [InlineData("aliased-snapshot", "locked")]
    [InlineData("atomic-update", "concurrent")]
    public void OnASafeCellTheSearchProvesItWithTheSchedulesOfDepthFirstSearch(string scenarioName, string targetName)
    {
        var (scenario, target) = Cells.Find(scenarioName, targetName);

        var dfs = CoyoteExplorer.Explore(CellRunner.TestOf(Cell.Matrix(scenario, target)), Options);
        var dpor = DporSearch.Explore(CellRunner.TestOf(Cell.Matrix(scenario, target)), Options, FootprintRules.Unknown);

        Assert.False(dpor.BugFound, dpor.BugMessage);
        Assert.True(dfs.Coverage!.Exhaustive);
        Assert.True(dpor.Coverage!.Exhaustive, dpor.Coverage.Describe());
        Assert.Equal(dfs.Coverage.Schedules, dpor.Coverage.Schedules);
    }

    [Fact]
    public void OnABugCellTheSearchFindsTheBugOfDepthFirstSearchAndItsTraceReplays()
    {
        var (scenario, target) = Cells.Find("writer-vs-reader", "unsafe");

        var dfs = CoyoteExplorer.Explore(CellRunner.TestOf(Cell.Matrix(scenario, target)), Options);
        var dpor = DporSearch.Explore(CellRunner.TestOf(Cell.Matrix(scenario, target)), Options, FootprintRules.Unknown);
        var replay = CoyoteExplorer.Replay(CellRunner.TestOf(Cell.Matrix(scenario, target)), Options, dpor.ReproducibleTrace!);

        Assert.True(dfs.BugFound);
        Assert.True(dpor.BugFound);
        Assert.Equal(dfs.BugMessage, dpor.BugMessage);
        Assert.True(replay.BugFound);
        Assert.Equal(dpor.BugMessage, replay.BugMessage);
    }
}
