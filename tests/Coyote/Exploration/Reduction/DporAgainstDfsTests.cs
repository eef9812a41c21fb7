using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Exhaustive;
using StressMaps.Harness.Exploration.Reduction;
using StressMaps.Reduction;
using Xunit.Abstractions;

namespace StressMaps.Tests.Exploration.Reduction;

/// <summary>The partial-order search against Coyote's depth-first search on the same programs: same outcomes, never more schedules.</summary>
public class DporAgainstDfsTests(ITestOutputHelper output)
{
    private static readonly ExplorationOptions Options = new(Strategy: StrategyName.Exhaustive, Iterations: 100_000);

    [Fact]
    public void WithUnknownFootprintsTheSearchRunsExactlyTheSchedulesOfDepthFirstSearch()
    {
        var dfs = Explore(record => KnownSpaces.AppendOrderUnderLock(record), null, Options, out var dfsOrders);
        var dpor = Explore(record => KnownSpaces.AppendOrderUnderLock(record), FootprintRules.Unknown, Options, out var dporOrders);

        Assert.Equal(dfsOrders.Order(), dporOrders.Order());
        Assert.Equal(dfs.Schedules, dpor.Schedules);
        Assert.Equal(0, dpor.SleepBlocked);
    }

    [Fact]
    public void WithUnknownFootprintsTheRacyIncrementsLoseAnUpdateAsUnderDepthFirstSearch()
    {
        var options = Options with { InterleaveMemoryAccesses = true };
        var dfs = Explore(record => KnownSpaces.RacyIncrements(value => record($"{value}")), null, options, out var dfsValues);
        var dpor = Explore(record => KnownSpaces.RacyIncrements(value => record($"{value}")), FootprintRules.Unknown, options, out var dporValues);

        Assert.Equal(["1", "2"], dporValues.Order());
        Assert.Equal(dfsValues.Order(), dporValues.Order());
        Assert.Equal(dfs.Schedules, dpor.Schedules);
    }

    [Fact]
    public void OnLastZeroDeclaredFootprintsReachEveryOutcomeDepthFirstSearchReachesInFewerSchedules()
    {
        var dfs = Explore(record => KnownTraceCounts.LastZero(1, record), null, Options, out var dfsFound);
        var dpor = Explore(record => KnownTraceCounts.LastZero(1, record), FootprintRules.Declared, Options, out var dporFound);

        output.WriteLine($"lastzero(1): dfs {dfs.Schedules} schedules, dpor {dpor.Schedules} ({dpor.SleepBlocked} sleep-blocked)");
        Assert.Equal(["0", "1"], dfsFound.Order());
        Assert.Equal(dfsFound.Order(), dporFound.Order());
        Assert.True(dpor.Schedules < dfs.Schedules, $"dpor {dpor.Schedules} vs dfs {dfs.Schedules}");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void OnLastZeroDeclaredFootprintsReachEveryIndexTheScannerCanFind(int n)
    {
        var dpor = Explore(record => KnownTraceCounts.LastZero(n, record), FootprintRules.Declared, Options, out var found);

        output.WriteLine($"lastzero({n}): dpor {dpor.Schedules} schedules ({dpor.SleepBlocked} sleep-blocked)");
        Assert.Equal(Enumerable.Range(0, n + 1).Select(i => $"{i}"), found.Order());
    }

    [Fact]
    public void ABugDepthFirstSearchFindsIsFoundByTheReducedSearchAndItsTraceReplays()
    {
        Func<Task> program = KnownTraceCounts.LastZero(2, found =>
        {
            // Found 0 only when the scanner ran before every writer: an assertion that fails on one schedule.
            if (found == "0")
            {
                throw new InvalidOperationException("the scanner found the first cell");
            }
        });

        var dfs = CoyoteExplorer.Explore(program, Options);
        var dpor = DporSearch.Explore(program, Options, FootprintRules.Declared);

        output.WriteLine($"bug at dfs schedule {dfs.Coverage!.Schedules}, dpor schedule {dpor.Coverage!.Schedules}");
        Assert.True(dfs.BugFound);
        Assert.True(dpor.BugFound);
        Assert.Equal(dfs.BugMessage, dpor.BugMessage);
        Assert.True(CoyoteExplorer.Replay(program, Options, dpor.ReproducibleTrace!).BugFound);
    }

    private static ExhaustiveCoverage Explore(Func<Action<string>, Func<Task>> program, FootprintRules? rules, ExplorationOptions options, out HashSet<string> outcomes)
    {
        var seen = new HashSet<string>();
        var test = program(value => seen.Add(value));
        var outcome = rules is { } trusted ? DporSearch.Explore(test, options, trusted) : CoyoteExplorer.Explore(test, options);
        outcomes = seen;
        Assert.False(outcome.BugFound, outcome.BugDetail);
        Assert.True(outcome.Coverage!.Exhaustive, outcome.Coverage.Describe());
        return outcome.Coverage;
    }
}
