using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Bugs;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Tests.Exploration.Bugs;

public class TypedBugTests
{
    [Fact]
    public void AFailedFinalCheckIsTypedByTheCheckWithItsKey()
    {
        var verdict = CellRunner.Explore(Cell.Matrix(ScenarioCatalog.LostUpdate, TargetCatalog.Find("locked")!), new ExplorationOptions(Iterations: 100));

        Assert.Equal(BugKind.FinalCheck, verdict.Outcome!.Bug!.Kind);
        Assert.Equal(ScenarioCatalog.LostUpdate.Check!.Key, verdict.Outcome.Bug.Subject);
    }

    [Fact]
    public void AContractViolationNamesBothTasksAndTheirCallsNumberedAsTheHistoryTable()
    {
        var scenario = ScenarioCatalog.TwoWritersOneReader;
        var verdict = CellRunner.Explore(Cell.Judged(scenario, TargetCatalog.Find("unsafe")!), new ExplorationOptions(Iterations: 100));

        var bug = verdict.Outcome!.Bug!;
        Assert.Equal(BugKind.ContractViolation, bug.Kind);
        Assert.Equal("unsafe", bug.Subject);
        Assert.Equal(2, bug.Tasks.Select(task => task.Task).Distinct().Count());
        Assert.All(bug.Tasks, task => Assert.InRange(task.Task, 1, scenario.Tasks.Count));
        Assert.All(bug.Tasks, task => Assert.Contains($"task {task.Task} {task.Operation}", verdict.Outcome.BugMessage));
    }

    [Fact]
    public void CoyotesCollectionRaceCheckIsADataRaceOnTheCollection()
    {
        var verdict = CellRunner.Explore(Cell.Matrix(ScenarioCatalog.WriterVersusReader, TargetCatalog.Find("unsafe")!), new ExplorationOptions(Iterations: 200));

        Assert.Equal(BugKind.DataRace, verdict.Outcome!.Bug!.Kind);
        Assert.StartsWith("Dictionary<", verdict.Outcome.Bug.Subject);
    }

    [Theory]
    [InlineData("Found read/write data race on 'Dictionary<String,Int32>'.", BugKind.DataRace)]
    [InlineData("Potential deadlock or hang detected. The periodic deadlock detection monitor was used.", BugKind.Hang)]
    [InlineData("Deadlock detected. Task(1) and Task(2) are waiting to acquire a resource.", BugKind.Deadlock)]
    [InlineData("Scheduling steps bound of 2000 reached.", BugKind.StepBound)]
    [InlineData("System.InvalidOperationException: Collection was modified.", BugKind.Crash)]
    public void CoyotesOwnReportsAreTypedInTheOneFallback(string firstLine, BugKind kind) =>
        Assert.Equal(kind, UntypedBugs.FromCoyote(firstLine).Kind);

    [Fact]
    public void ACrashKeepsItsExceptionType() =>
        Assert.Equal("System.InvalidOperationException", UntypedBugs.FromCoyote("System.InvalidOperationException: Collection was modified.").ExceptionType);
}
