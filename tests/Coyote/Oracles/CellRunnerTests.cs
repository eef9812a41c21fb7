using StressMaps.Harness.Bundles;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Bugs;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Tests.Targets.Loading;

namespace StressMaps.Tests.Oracles;

public class CellRunnerTests
{
    [Fact]
    public void ACellIsJudgedAsItsTargetAndItsRunSay()
    {
        var locked = TargetCatalog.Find("locked")!;
        var scenario = ScenarioCatalog.LostUpdate;

        Assert.Equal(Judgement.Matrix, Cell.Matrix(scenario, locked).Judgement);
        Assert.Equal(Judgement.Contract, Cell.Judged(scenario, locked).Judgement);
        // A user's map is judged by its contract wherever it runs; a class by linearizability against itself.
        Assert.Equal(Judgement.Contract, Cell.Matrix(scenario, TestMaps.Load("CheckThenAddMap").Target).Judgement);
        Assert.Equal(Judgement.ClassLinearizability, Cell.Matrix(scenario, TestMaps.LoadClass("LiveRegistry").Target).Judgement);
    }

    [Fact]
    public void AReplayOfAJudgedCellRunsTheTestItsExplorationRanAndGivesTheSameTypedBug()
    {
        var cell = Cell.Judged(ScenarioCatalog.TwoWritersOneReader, TargetCatalog.Find("unsafe")!);
        var verdict = CellRunner.Explore(cell, new ExplorationOptions(Iterations: 100));

        var replay = CellRunner.Replay(cell, verdict.Outcome!.ReproducibleTrace!, verdict.Options);

        Assert.Equal(BugKind.ContractViolation, verdict.Outcome.Bug!.Kind);
        Assert.True(replay.Outcome.BugFound, "the replay ran clean");
        var replayed = replay.Outcome.Bug!;
        Assert.Equal((verdict.Outcome.Bug.Kind, verdict.Outcome.Bug.Subject), (replayed.Kind, replayed.Subject));
        Assert.Equal(verdict.Outcome.Bug.Tasks, replayed.Tasks);
        Assert.NotEmpty(replay.Journal);
    }

    [Fact]
    public void AJudgedBugIsShrunkLikeAnyOtherAndStaysTheBugItsJudgeFound()
    {
        var cell = Cell.Judged(ScenarioCatalog.TwoWritersOneReader, TargetCatalog.Find("unsafe")!);
        var verdict = CellRunner.Explore(cell, new ExplorationOptions(Iterations: 100));
        var folder = Path.Combine(Path.GetTempPath(), $"stressmaps-judged-shrink-{Guid.NewGuid():N}");
        try
        {
            var bundle = BundleWriter.WriteFor(verdict, cell, folder, shrink: true)!.Value.Bundle;

            Assert.NotNull(bundle.Shrinking);
            Assert.True(bundle.Size.Operations <= bundle.Shrinking!.Before.Operations);
            Assert.Equal(BugKind.ContractViolation, bundle.Verdict.Bug!.Kind);
            Assert.StartsWith("Contract violation (not-thread-safe)", bundle.Verdict.Message);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
