using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Coverage;
using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios.Generation;
using StressMaps.Tests.Targets.Loading;
using Xunit.Abstractions;

namespace StressMaps.Tests.Exploration.Coverage;

/// <summary>Coverage counted while a class cell is explored slice by slice, as a budgeted run does.</summary>
public class SlicedCellCoverageTests(ITestOutputHelper output)
{
    private static readonly ExplorationOptions FieldLevel = new(InterleaveMemoryAccesses: true);

    [Fact]
    public void ARacyClassCoverageGrowsThenSaturates()
    {
        // Three tasks of a locked registry: which task's Set, Get or Remove reaches the dictionary first varies by schedule.
        var target = TestMaps.LoadClass("CopyingRegistry").Target;
        var scenario = ClassScenarioGenerator.Generate(target.Class!.Model, DomainOptions.Default, 3, ExplorationOptions.DefaultSeed).Single(candidate => candidate.Name == "random-2");
        var cell = new SlicedCell(scenario, target, FieldLevel);

        while (!cell.Done && cell.Explored < 3000)
        {
            cell.Explore(50);
        }

        var coverage = cell.Verdict().Outcome!.Interleavings!;
        output.WriteLine(ScenarioSteps.Of(scenario));
        output.WriteLine(coverage.Summary() + ": " + string.Join(" ", coverage.Curve.Select(point => $"{point.Schedules}:{point.Pairs}")));
        Assert.False(cell.Verdict().Outcome!.BugFound);
        Assert.True(coverage.Saturated, coverage.Summary());
        Assert.True(cell.Coverage.Growth.Count >= 2, "pairs came in more than one schedule: the coverage grew");
        Assert.True(coverage.Pairs > cell.Coverage.Growth[0].Pairs);
        Assert.True(coverage.SchedulesSinceNewPair >= SaturationRule.QuietSchedules);
    }

    [Fact]
    public void AClassWithNoSharedStateHasNoPairsAndSaturatesRightAfterItsMinimumShare()
    {
        var target = TestMaps.LoadClass("StatelessGreeter").Target;
        var scenario = ClassScenarioGenerator.Pairs(target.Class!.Model)[0];
        var cell = new SlicedCell(scenario, target, FieldLevel);

        while (!cell.Done && cell.Explored < 1000)
        {
            cell.Explore(50);
        }

        var coverage = cell.Verdict().Outcome!.Interleavings!;
        Assert.Equal(0, coverage.Pairs);
        Assert.True(coverage.Saturated);
        Assert.Equal(SaturationRule.MinSchedules, coverage.Schedules);
    }
}
