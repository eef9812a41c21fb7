using System.Diagnostics;
using StressMaps.Harness.Oracles.Linearizability;
using StressMaps.Harness.Scenarios;
using Xunit.Abstractions;
using static StressMaps.Harness.Scenarios.ScenarioOperation;

namespace StressMaps.Tests.Oracles.Linearizability;

public class LinearizabilityCheckerTests(ITestOutputHelper output)
{
    private static HistoryEntry Call(int task, ScenarioOperation operation, long called, long returned, string result) =>
        new(task, operation, called, returned, result);

    [Fact]
    public void SequentialHistoryWithTheModelsAnswersIsLinearizable()
    {
        var verdict = LinearizabilityChecker.Check(
        [
            Call(1, Set("a", 1), 1, 2, "ok"),
            Call(1, Get("a"), 3, 4, "1"),
            Call(1, Remove("a"), 5, 6, "true"),
            Call(1, Get("a"), 7, 8, "absent"),
        ]);

        Assert.True(verdict.IsLinearizable, verdict.Explanation);
        Assert.Equal(4, verdict.Order.Count);
    }

    [Fact]
    public void OverlappingReadMaySeeTheWriteThatOverlapsIt()
    {
        var verdict = LinearizabilityChecker.Check(
        [
            Call(1, Set("a", 1), 1, 4, "ok"),
            Call(2, Get("a"), 2, 3, "1"),
        ]);

        Assert.True(verdict.IsLinearizable, verdict.Explanation);
        Assert.Equal([Set("a", 1), Get("a")], verdict.Order.Select(entry => entry.Operation));
    }

    [Fact]
    public void ReadThatStartsAfterAWriteReturnedMustSeeIt()
    {
        var verdict = LinearizabilityChecker.Check(
        [
            Call(1, Set("a", 1), 1, 2, "ok"),
            Call(2, Get("a"), 3, 4, "absent"),
        ]);

        Assert.False(verdict.IsLinearizable);
        Assert.Contains("task 2 get(a) answered absent, but the map would answer 1", verdict.Explanation);
    }

    [Fact]
    public void TwoConcurrentAddsOfOneKeyThatBothSucceedAreNotLinearizable()
    {
        var verdict = LinearizabilityChecker.Check(
        [
            Call(1, Add("k", 1), 1, 4, "ok"),
            Call(2, Add("k", 2), 2, 3, "ok"),
        ]);

        Assert.False(verdict.IsLinearizable);
        Assert.Contains("History", verdict.Explanation);
        Assert.Contains("would answer throws ArgumentException", verdict.Explanation);
    }

    [Fact]
    public void TwoConcurrentAddsWhereOneIsToldTheKeyExistsAreLinearizable()
    {
        var verdict = LinearizabilityChecker.Check(
        [
            Call(1, Add("k", 1), 1, 4, "throws ArgumentException"),
            Call(2, Add("k", 2), 2, 3, "ok"),
        ]);

        Assert.True(verdict.IsLinearizable, verdict.Explanation);
        Assert.Equal(2, verdict.Order[0].Task);
    }

    [Fact]
    public void LostCountIsNotLinearizable()
    {
        var verdict = LinearizabilityChecker.Check(
        [
            Call(1, Set("a", 1), 1, 3, "ok"),
            Call(2, Set("b", 2), 2, 4, "ok"),
            Call(1, Count(), 5, 6, "1"),
        ]);

        Assert.False(verdict.IsLinearizable);
        Assert.Contains("leaving the map {a=1, b=2}", verdict.Explanation);
    }

    [Fact]
    public void EnumerationCountIsNotJudgedBecauseEnumeratorsAreWeaklyConsistent()
    {
        var verdict = LinearizabilityChecker.Check(
        [
            Call(1, Set("a", 1), 1, 2, "ok"),
            Call(2, Enumerate(), 3, 4, "0"),
        ]);

        Assert.True(verdict.IsLinearizable, verdict.Explanation);
    }

    [Fact]
    public void SnapshotOperationsCannotBeChecked()
    {
        Assert.False(LinearizabilityChecker.CanCheck([Call(1, Snapshot(), 1, 2, "0")]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ThreeTasksOfSixOverlappingCallsFromARealScheduleAreLinearizable(int seed)
    {
        var history = SimulatedHistory(seed);

        var verdict = LinearizabilityChecker.Check(history);

        Assert.True(verdict.IsLinearizable, verdict.Explanation);
        Assert.Equal(18, verdict.Order.Count);
        // A timing to read, not to assert: the mean of repeated checks once the code is warm.
        const int Repeats = 200;
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < Repeats; i++)
        {
            LinearizabilityChecker.Check(history);
        }

        output.WriteLine($"3 tasks x 6 calls (seed {seed}): {verdict.StatesExplored} search nodes, {stopwatch.Elapsed.TotalMilliseconds / Repeats:0.000} ms per check");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ThreeTasksOfSixCallsWithTheLastAnswerCorruptedAreNotLinearizable(int seed)
    {
        var history = SimulatedHistory(seed).ToList();
        // The last call to return sees the final state: an answer no state ever held cannot fit.
        var last = history.MaxBy(entry => entry.ReturnedAt)!;
        history[history.IndexOf(last)] = last with { Operation = Count(), Result = "99" };

        var stopwatch = Stopwatch.StartNew();
        var verdict = LinearizabilityChecker.Check(history);
        stopwatch.Stop();

        Assert.False(verdict.IsLinearizable);
        Assert.Contains("count() answered 99", verdict.Explanation);
        output.WriteLine($"3 tasks x 6 calls, corrupted (seed {seed}): {verdict.StatesExplored} search nodes, {stopwatch.Elapsed.TotalMilliseconds:0.000} ms");
    }

    /// <summary>
    /// Three tasks of six calls over two keys, run by a random scheduler: at each step one task moves
    /// its current call from called to done (applied atomically to the model) to returned, so calls of
    /// different tasks overlap heavily, as under a real schedule.
    /// </summary>
    public static IReadOnlyList<HistoryEntry> SimulatedHistory(int seed)
    {
        var random = new Random(seed);
        string[] keys = ["a", "b"];
        var model = SequentialMapModel.Empty;
        var clock = 0L;
        var entries = new List<HistoryEntry>();
        var next = new int[3];
        var phase = new int[3];
        var called = new long[3];
        var answers = new string[3];
        var current = new ScenarioOperation[3];
        while (next.Any(done => done < 6))
        {
            var task = Enumerable.Range(0, 3).Where(t => next[t] < 6).OrderBy(_ => random.Next()).First();
            switch (phase[task])
            {
                case 0:
                    var key = keys[random.Next(keys.Length)];
                    current[task] = random.Next(5) switch
                    {
                        0 => Set(key, random.Next(1, 4)),
                        1 => Remove(key),
                        2 => Add(key, random.Next(1, 4)),
                        3 => Count(),
                        _ => Get(key),
                    };
                    called[task] = ++clock;
                    phase[task] = 1;
                    break;
                case 1:
                    (answers[task], model) = model.Apply(current[task]);
                    phase[task] = 2;
                    break;
                default:
                    entries.Add(new HistoryEntry(task + 1, current[task], called[task], ++clock, answers[task]));
                    phase[task] = 0;
                    next[task]++;
                    break;
            }
        }

        return entries;
    }
}
