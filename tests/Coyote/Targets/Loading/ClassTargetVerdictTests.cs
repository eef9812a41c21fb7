using StressMaps.Harness.Exploration;
using StressMaps.Harness.Scenarios.Generation;
using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Targets.Loading;
using Xunit.Abstractions;

namespace StressMaps.Tests.Targets.Loading;

/// <summary>Classes of tests/TestMaps that implement no collection interface, rewritten as a user's would be, explored through their operation model.</summary>
public class ClassTargetVerdictTests(ITestOutputHelper output)
{
    private static readonly ExplorationOptions Hundred = new(Iterations: 100, InterleaveMemoryAccesses: true);

    private static IReadOnlyList<Scenario> HandOuts(Target target) => ClassScenarioGenerator.HandOuts(target.Class!.Model, DomainOptions.Default);

    [Fact]
    public void ARegistryHandingOutItsLiveDictionaryIsCaughtNamingTheMemberAndTheWriter()
    {
        var target = TestMaps.LoadClass("LiveRegistry").Target;

        var bugs = HandOuts(target).Select(scenario => CellRunner.Explore(Cell.Judged(scenario, target), Hundred)).Where(cell => cell.Outcome!.BugFound).ToList();

        Assert.NotEmpty(bugs);
        var bug = bugs[0];
        output.WriteLine($"{bug.Scenario}: iteration {bug.Outcome!.FirstBugIteration}: {bug.Outcome.BugDetail!.Split('\n')[0]}");
        Assert.Contains("data race", bug.Outcome.BugMessage);
        Assert.Matches(@"^Current\(\) -> Dictionary<string,string> handed out LiveRegistry's live collection, not a copy: task 1 was reading it \(received\.\w+\(\w*\)\) while task 2 (had )?called (Set|Remove|Get)\(a(, c)?\) on LiveRegistry", bug.Outcome.BugDetail);
    }

    [Fact]
    public void ACheckThenActAcrossTwoLockSectionsShowsOnlyAfterTheSetupCall()
    {
        var target = TestMaps.LoadClass("TicketCounter").Target;
        var pairs = ClassScenarioGenerator.Pairs(target.Class!.Model);

        var absent = CellRunner.Explore(Cell.Judged(pairs.Single(scenario => scenario.Name == "pair-book-book-absent"), target), Hundred);
        var present = CellRunner.Explore(Cell.Judged(pairs.Single(scenario => scenario.Name == "pair-book-book-present"), target), Hundred);

        Assert.False(absent.Outcome!.BugFound, absent.Outcome.BugDetail);
        Assert.True(present.Outcome!.BugFound, $"no bug in {present.Outcome.IterationsExplored} iterations");
        Assert.StartsWith("Not linearizable", present.Outcome.BugMessage);
        Assert.Contains("answered true, but TicketCounter run one call at a time would answer false", present.Outcome.BugDetail);
        output.WriteLine($"check-then-act: bug at iteration {present.Outcome.FirstBugIteration}");
    }

    [Fact]
    public void AMemberTakingADelegateIsSkippedAndTheRestExplored()
    {
        var target = TestMaps.LoadClass("VisitingRegistry").Target;

        Assert.Contains("skipped ForEach(Action<string,int>): delegate parameter", target.Class!.Model.Skipped.Select(member => member.ToString()));
        Assert.Equal(["Add", "CountOf"], target.Class.Model.Operations.Select(operation => operation.Name));
        var cell = CellRunner.Explore(Cell.Judged(ClassScenarioGenerator.Pairs(target.Class.Model)[0], target), Hundred);
        Assert.False(cell.Outcome!.BugFound, cell.Outcome.BugDetail);
    }

    [Fact]
    public void AClassLeftWithNoOperationIsRejectedInOneLine()
    {
        var error = Assert.Throws<TargetRejectedException>(() => TestMaps.LoadClass("VisitingRegistry", ClassTargetOptions.Default with { Exclude = ["Add", "CountOf"] }));

        Assert.Equal(
            "VisitingRegistry has no operation StressMaps can call (public instance methods and properties taking string, bool, integer, char or enum arguments); " +
            "skipped ForEach(Action<string,int>): delegate parameter; skipped Add: excluded by --exclude; skipped CountOf: excluded by --exclude",
            error.Message);
    }
}
