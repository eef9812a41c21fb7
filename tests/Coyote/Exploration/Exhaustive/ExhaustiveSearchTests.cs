using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Exhaustive;

namespace StressMaps.Tests.Exploration.Exhaustive;

public class ExhaustiveSearchTests
{
    private static readonly ExplorationOptions Dfs = new(Strategy: StrategyName.Exhaustive, Iterations: 100_000);

    [Fact]
    public void ThreeLockedAppendsProduceAllSixOrdersWithTheSameScheduleCountEveryRun()
    {
        var first = Explore(record => KnownSpaces.AppendOrderUnderLock(record), Dfs, out var firstOrders);
        var second = Explore(record => KnownSpaces.AppendOrderUnderLock(record), Dfs, out var secondOrders);

        Assert.Equal(["012", "021", "102", "120", "201", "210"], firstOrders.Order());
        Assert.Equal(firstOrders.Order(), secondOrders.Order());
        Assert.True(first.Exhaustive, first.Describe());
        Assert.Equal(first.Schedules, second.Schedules);
        Assert.True(first.Schedules >= 6);
    }

    [Fact]
    public void TwoRacyIncrementsProduceBothFinalValuesWithTheSameScheduleCountEveryRun()
    {
        var options = Dfs with { InterleaveMemoryAccesses = true };

        var first = Explore(record => KnownSpaces.RacyIncrements(value => record($"{value}")), options, out var firstValues);
        var second = Explore(record => KnownSpaces.RacyIncrements(value => record($"{value}")), options, out var secondValues);

        Assert.Equal(["1", "2"], firstValues.Order());
        Assert.Equal(["1", "2"], secondValues.Order());
        Assert.True(first.Exhaustive, first.Describe());
        Assert.Equal(first.Schedules, second.Schedules);
    }

    [Fact]
    public void WithoutMemoryAccessPointsTheRacyIncrementsNeverLoseAnUpdate()
    {
        var coverage = Explore(record => KnownSpaces.RacyIncrements(value => record($"{value}")), Dfs, out var values);

        Assert.Equal(["2"], values.Order());
        Assert.True(coverage.Exhaustive);
        Assert.False(coverage.Scope.MemoryAccesses);
    }

    [Fact]
    public void AScheduleBudgetThatRunsOutIsNeverAProof()
    {
        var coverage = Explore(record => KnownSpaces.AppendOrderUnderLock(record), Dfs with { Iterations = 3 }, out _);

        Assert.Equal(SearchEnd.BudgetReached, coverage.End);
        Assert.False(coverage.Exhaustive);
        Assert.Contains("not proved", coverage.Describe());
    }

    [Fact]
    public void ATimeBudgetThatRunsOutStopsTheEngineAndIsNeverAProof()
    {
        var coverage = Explore(record => KnownSpaces.AppendOrderUnderLock(record), Dfs with { TimeBudget = TimeSpan.Zero }, out var orders);

        Assert.Equal(SearchEnd.BudgetReached, coverage.End);
        Assert.False(coverage.Exhaustive);
        Assert.Empty(orders);
    }

    [Fact]
    public void SchedulesCutByTheStepBoundAreNeitherCoveredNorABug()
    {
        var outcome = CoyoteExplorer.Explore(KnownSpaces.AppendOrderUnderLock(_ => { }), Dfs with { MaxSteps = 3 });

        Assert.False(outcome.BugFound, outcome.BugMessage);
        Assert.Equal(SearchEnd.StepBoundReached, outcome.Coverage!.End);
        Assert.False(outcome.Coverage.Exhaustive);
        Assert.True(outcome.Coverage.StepBoundCuts > 0);
        Assert.Equal(0, outcome.Coverage.Schedules);
    }

    private static ExhaustiveCoverage Explore(Func<Action<string>, Func<Task>> program, ExplorationOptions options, out HashSet<string> outcomes)
    {
        var seen = new HashSet<string>();
        var outcome = CoyoteExplorer.Explore(program(value => seen.Add(value)), options);
        Assert.False(outcome.BugFound, outcome.BugMessage);
        outcomes = seen;
        return outcome.Coverage!;
    }
}
