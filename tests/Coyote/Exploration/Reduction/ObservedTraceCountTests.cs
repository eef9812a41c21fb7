using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Exhaustive;
using StressMaps.Harness.Exploration.Reduction;
using StressMaps.Reduction;

namespace StressMaps.Tests.Exploration.Reduction;

/// <summary>
/// Programs over the built-in maps that declare nothing: the reduction sees only what the steps note as they run
/// (a dictionary, a lock, a field). Each gives its known number of traces, and DFS reaches the same outcomes.
/// </summary>
public class ObservedTraceCountTests
{
    private static readonly ExplorationOptions Options = new(Strategy: StrategyName.Exhaustive, Iterations: 100_000);

    [Fact]
    public void TasksWritingTheirOwnDictionariesNeedOneSchedule()
    {
        var (coverage, outcomes) = Observed(record => ObservedTraceCounts.WritesToOwnDictionaries(3, record));
        Assert.Equal(["2,2,2"], outcomes);
        Assert.Equal(1, coverage.Schedules);
    }

    [Fact]
    public void TwoReadsOfOneDictionaryNeedOneSchedule()
    {
        var (coverage, outcomes) = Observed(ObservedTraceCounts.ReadsOfOneDictionary);

        Assert.Equal(["1,1"], outcomes);
        Assert.Equal(1, coverage.Schedules);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(3, 6)]
    public void TasksSettingOneKeyUnderOneLockNeedOneSchedulePerOrder(int tasks, int orders)
    {
        var (coverage, outcomes) = Observed(record => ObservedTraceCounts.SetsUnderOneLock(tasks, record));

        Assert.Equal(Enumerable.Range(0, tasks).Select(id => $"{id}").ToHashSet(), outcomes);
        Assert.Equal(orders, coverage.Schedules - coverage.SleepBlocked);
    }

    // Two traces in the program's own terms; the note before Coyote's Interlocked and Volatile points also counts the
    // step that reaches the point as touching the field (sound when a point is skipped), so more schedules than two run.
    [Fact]
    public void AReadOfAFieldAnotherTaskSwapsReachesBothOutcomesInFewerSchedulesThanDfs()
    {
        var (coverage, outcomes) = Observed(ObservedTraceCounts.FieldSwapAndRead);
        var (dfs, dfsOutcomes) = Dfs(ObservedTraceCounts.FieldSwapAndRead);

        Assert.Equal(["1", "absent"], outcomes.Order());
        Assert.Equal(dfsOutcomes, outcomes);
        Assert.True(coverage.Schedules < dfs.Schedules, $"DPOR {coverage.Schedules}, DFS {dfs.Schedules}");
    }

    private static (ExhaustiveCoverage Coverage, HashSet<string> Outcomes) Observed(Func<Action<string>, Func<Task>> program)
    {
        var seen = new HashSet<string>();
        var outcome = DporSearch.Explore(program(value => seen.Add(value)), Options, FootprintRules.Observed);
        Assert.False(outcome.BugFound, outcome.BugDetail);
        Assert.True(outcome.Coverage!.Exhaustive, outcome.Coverage.Describe());
        return (outcome.Coverage, seen);
    }

    private static (ExhaustiveCoverage Coverage, HashSet<string> Outcomes) Dfs(Func<Action<string>, Func<Task>> program)
    {
        var seen = new HashSet<string>();
        var outcome = ExhaustiveSearch.Explore(program(value => seen.Add(value)), Options);
        Assert.True(outcome.Coverage!.Exhaustive, outcome.Coverage.Describe());
        return (outcome.Coverage, seen);
    }
}
