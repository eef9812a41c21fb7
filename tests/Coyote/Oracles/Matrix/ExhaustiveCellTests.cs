using StressMaps.Harness.Oracles;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Tests.Oracles.Matrix;

public class ExhaustiveCellTests
{
    private static readonly ExplorationOptions Exhaustive = new(Strategy: StrategyName.Exhaustive, Iterations: 100_000);

    [Fact]
    public void ASafeCellWhoseSpaceRanDryIsProvedWithTheSameScheduleCountEveryRun()
    {
        var (scenario, target) = Cells.Find("aliased-snapshot", "locked");

        var first = CellRunner.Explore(Cell.Matrix(scenario, target), Exhaustive);
        var second = CellRunner.Explore(Cell.Matrix(scenario, target), Exhaustive);

        Assert.Equal(VerdictKind.Proved, first.Verdict);
        Assert.True(first.Matches);
        Assert.True(first.Outcome!.Coverage!.Exhaustive);
        Assert.Equal(first.Outcome.Coverage.Schedules, second.Outcome!.Coverage!.Schedules);
        Assert.Equal(first.Outcome.IterationsExplored, first.Outcome.Coverage.Schedules);
    }

    [Fact]
    public void ASafeCellCutByItsBudgetIsSafeButNotProved()
    {
        var (scenario, target) = Cells.Find("aliased-snapshot", "locked");

        var verdict = CellRunner.Explore(Cell.Matrix(scenario, target), Exhaustive with { Iterations = 1 });

        Assert.Equal(VerdictKind.Safe, verdict.Verdict);
        Assert.True(verdict.Matches);
        Assert.False(verdict.Outcome!.Coverage!.Exhaustive);
        Assert.Contains("not proved", verdict.Outcome.Coverage.Describe());
    }

    [Fact]
    public void ABugFoundByTheSearchReplaysFromItsTrace()
    {
        var (scenario, target) = Cells.Find("writer-vs-reader", "unsafe");

        var verdict = CellRunner.Explore(Cell.Matrix(scenario, target), Exhaustive);
        var replay = CoyoteExplorer.Replay(CellRunner.TestOf(Cell.Matrix(scenario, target)), verdict.Options, verdict.Outcome!.ReproducibleTrace!);

        Assert.Equal(VerdictKind.Bug, verdict.Verdict);
        Assert.False(verdict.Outcome.Coverage!.Exhaustive);
        Assert.True(replay.BugFound);
        Assert.Equal(verdict.Outcome.BugMessage, replay.BugMessage);
    }
}
