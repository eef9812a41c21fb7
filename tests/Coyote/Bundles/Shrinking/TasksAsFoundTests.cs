using StressMaps.Harness.Bundles.Shrinking;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Tests.Bundles.Shrinking;

public class TasksAsFoundTests
{
    [Fact]
    public void ShrinkingThatDropsATaskRemembersWhichTaskEachKeptOneWasAsFound()
    {
        // The lost update with a bystander in the middle: shrinking drops task 2, so the shrunk task 2 was task 3.
        var lostUpdate = ScenarioCatalog.LostUpdate;
        var scenario = lostUpdate with { Tasks = [lostUpdate.Tasks[0], [ScenarioOperation.Get("x")], lostUpdate.Tasks[1]] };
        var cell = Cell.Matrix(scenario, TargetCatalog.Find("locked")!);
        var outcome = CellRunner.Explore(cell, new ExplorationOptions(Iterations: 200)).Outcome!;
        var bug = new FoundBug(scenario, outcome.ReproducibleTrace!, outcome.BugMessage!, outcome.BugDetail!, outcome.Bug);

        var shrunk = BugShrinker.Shrink(bug, cell, new ShrinkOptions(CandidateIterations: 50, SeedsPerBound: 1));

        Assert.Equal(2, shrunk.Bug.Scenario.Tasks.Count);
        Assert.Equal([1, 3], shrunk.Shrinking.TasksAsFound);
    }

    [Fact]
    public void ShrinkingThatKeepsEveryTaskRecordsNoRenumbering()
    {
        var cell = Cell.Matrix(ScenarioCatalog.LostUpdate, TargetCatalog.Find("locked")!);
        var outcome = CellRunner.Explore(cell, new ExplorationOptions(Iterations: 200)).Outcome!;
        var bug = new FoundBug(cell.Scenario, outcome.ReproducibleTrace!, outcome.BugMessage!, outcome.BugDetail!, outcome.Bug);

        var shrunk = BugShrinker.Shrink(bug, cell, new ShrinkOptions(CandidateIterations: 50, SeedsPerBound: 1));

        Assert.Equal(2, shrunk.Bug.Scenario.Tasks.Count);
        Assert.Null(shrunk.Shrinking.TasksAsFound);
    }
}
