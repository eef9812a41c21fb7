using StressMaps.Harness.Oracles;
using StressMaps.Harness.Exploration;

namespace StressMaps.Tests.Oracles.Matrix;

public class BugExpectedCellTests
{
    [Theory]
    [MemberData(nameof(Cells.BugExpected), MemberType = typeof(Cells))]
    public void BugIsFoundWithin100IterationsAndItsTraceReplaysTheSameBug(string scenarioName, string mapName)
    {
        var (scenario, target) = Cells.Find(scenarioName, mapName);
        var options = new ExplorationOptions(Iterations: 100);

        var verdict = CellRunner.Explore(Cell.Matrix(scenario, target), options);

        Assert.True(verdict.Outcome!.BugFound, $"no bug in {verdict.Outcome.IterationsExplored} iterations (seed {verdict.Options.Seed})");
        Assert.NotNull(verdict.Outcome.ReproducibleTrace);

        var replay = CoyoteExplorer.Replay(CellRunner.TestOf(Cell.Matrix(scenario, target)), verdict.Options, verdict.Outcome.ReproducibleTrace!);

        Assert.True(replay.BugFound, "replaying the trace did not reproduce the bug");
        Assert.Equal(verdict.Outcome.BugMessage, replay.BugMessage);
    }
}
