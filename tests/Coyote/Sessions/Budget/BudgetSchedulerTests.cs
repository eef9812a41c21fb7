using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Coverage;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios.Generation;
using StressMaps.Harness.Sessions.Budget;
using StressMaps.Tests.Targets.Loading;

namespace StressMaps.Tests.Sessions.Budget;

public class BudgetSchedulerTests
{
    private static readonly ExplorationOptions FieldLevel = new(InterleaveMemoryAccesses: true);

    private static List<SlicedCell> Cells(string type, int count)
    {
        var target = TestMaps.LoadClass(type).Target;
        return ClassScenarioGenerator.Pairs(target.Class!.Model).Take(count).Select(scenario => new SlicedCell(scenario, target, FieldLevel)).ToList();
    }

    [Fact]
    public void EveryCellGetsItsFirstSliceAndNoMoreOnceTheSchedulesAreSpent()
    {
        var cells = Cells("CopyingRegistry", 4);
        var settled = new List<string>();

        BudgetScheduler.Run(cells, new BudgetClock(null, 100), cell => settled.Add(cell.Id.ToString()));

        Assert.Equal(cells.Select(cell => cell.Id.ToString()).Order(), settled.Order());
        Assert.All(cells, cell => Assert.InRange(cell.Explored, (int)BudgetScheduler.MinSlice, 100));
        Assert.InRange(cells.Sum(cell => cell.Explored), 40, 100 + (int)BudgetScheduler.MinSlice);
    }

    [Fact]
    public void CellsWithNothingSharedStopSaturatedLongBeforeALargeBudget()
    {
        var cells = Cells("StatelessGreeter", 3);

        BudgetScheduler.Run(cells, new BudgetClock(null, 100_000), _ => { });

        Assert.All(cells, cell => Assert.True(cell.Saturated, $"{cell.Id}: {cell.Explored} schedules"));
        Assert.All(cells, cell => Assert.Equal(SaturationRule.MinSchedules, cell.Explored));
    }

    [Fact]
    public void AnExpiredDeadlineStillGivesEveryCellItsSmallestFirstSlice()
    {
        var cells = Cells("StatelessGreeter", 2);

        BudgetScheduler.Run(cells, new BudgetClock(DateTimeOffset.UtcNow.AddSeconds(-1), null), _ => { });

        Assert.All(cells, cell => Assert.Equal((int)BudgetScheduler.MinSlice, cell.Explored));
    }

    [Fact]
    public void TheDefaultBudgetGivesEveryCellItsMinimumSharePastAnExpiredDeadline()
    {
        var cells = Cells("StatelessGreeter", 2);

        BudgetScheduler.Run(cells, BudgetClock.Start(RunBudget.Default, DateTimeOffset.UtcNow.AddMinutes(-5)), _ => { });

        Assert.All(cells, cell => Assert.Equal(SaturationRule.MinSchedules, cell.Explored));
    }

    [Fact]
    public void AFirstSliceRunsTheCellsOwnSeedSoItFindsABugAtTheScheduleAFixedCountFindsIt()
    {
        // LiveRegistry's random-9 cell fails at schedule 25 of its own seed under -i; its first slice is that prefix.
        var target = TestMaps.LoadClass("LiveRegistry").Target;
        var scenario = ClassScenarioGenerator.Generate(target.Class!.Model, Harness.Targets.Operations.DomainOptions.Default, 12, ExplorationOptions.DefaultSeed)
            .Single(candidate => candidate.Name == "random-9");
        var options = new ExplorationOptions();
        var fixedCount = CellRunner.Explore(Cell.Judged(scenario, target), options with { Iterations = 1000 });
        var sliced = new SlicedCell(scenario, target, options);

        BudgetScheduler.Run([sliced], BudgetClock.Start(RunBudget.Default, DateTimeOffset.UtcNow), _ => { });

        Assert.True(fixedCount.Outcome!.BugFound);
        Assert.Equal(fixedCount.Outcome.FirstBugIteration, sliced.Verdict().Outcome!.FirstBugIteration);
    }
}
