using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Exhaustive;
using StressMaps.Harness.Exploration.Reduction;
using StressMaps.Reduction;

namespace StressMaps.Tests.Exploration.Reduction;

public class KnownTraceCountTests
{
    private static readonly ExplorationOptions Options = new(Strategy: StrategyName.Exhaustive, Iterations: 100_000);

    [Fact]
    public void ThreeIndependentWritersNeedOneSchedule()
    {
        var coverage = Dpor(record => KnownTraceCounts.IndependentWrites(3, record), out var outcomes);

        Assert.Equal(["1,2,3"], outcomes);
        Assert.Equal(1, coverage.Schedules);
    }

    [Fact]
    public void TwoWritesOfOneFieldNeedTwoSchedules()
    {
        var coverage = Dpor(KnownTraceCounts.TwoWritesOfOneField, out var outcomes);

        Assert.Equal(["1", "2"], outcomes.Order());
        Assert.Equal(2, coverage.Schedules);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(3, 6)]
    [InlineData(4, 24)]
    public void TasksUnderOneLockNeedOneSchedulePerOrder(int tasks, int orders)
    {
        var coverage = Dpor(record => KnownTraceCounts.AppendsUnderOneLock(tasks, record), out var outcomes);

        Assert.Equal(orders, outcomes.Count);
        Assert.Equal(orders, coverage.Schedules - coverage.SleepBlocked);
    }

    private static ExhaustiveCoverage Dpor(Func<Action<string>, Func<Task>> program, out HashSet<string> outcomes)
    {
        var seen = new HashSet<string>();
        var outcome = DporSearch.Explore(program(value => seen.Add(value)), Options, FootprintRules.Declared);
        outcomes = seen;
        Assert.False(outcome.BugFound, outcome.BugDetail);
        Assert.True(outcome.Coverage!.Exhaustive, outcome.Coverage.Describe());
        return outcome.Coverage;
    }
}
