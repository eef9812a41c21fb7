using System.Diagnostics;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using Xunit.Abstractions;

namespace StressMaps.Tests.Targets.Loading;

/// <summary>The test-only maps, rewritten from their own assembly as a user's would be, under the default strategy.</summary>
public class TestMapVerdictTests(ITestOutputHelper output)
{
    private static readonly ExplorationOptions FieldLevel = new(Iterations: 1000, InterleaveMemoryAccesses: true);

    [Fact]
    public void CheckThenAddMapLetsTwoAddsOfOneKeySucceedWhichIsNotLinearizable()
    {
        var target = TestMaps.Load("CheckThenAddMap").Target;

        var verdict = CellRunner.Explore(Cell.Judged(DictionaryScenarioCatalog.AddSameKey, target), FieldLevel);

        Assert.True(verdict.Outcome!.BugFound, $"no bug in {verdict.Outcome.IterationsExplored} iterations");
        Assert.StartsWith("Not linearizable", verdict.Outcome.BugMessage);
        Assert.Contains("answered ok, but the map would answer throws ArgumentException", verdict.Outcome.BugDetail);
    }

    [Fact]
    public void CheckThenActOverTwoConcurrentDictionaryCallsIsNotLinearizable()
    {
        var target = TestMaps.Load("ConcurrentCheckThenAddMap").Target;

        var verdict = CellRunner.Explore(Cell.Judged(DictionaryScenarioCatalog.AddSameKey, target), FieldLevel);

        Assert.True(verdict.Outcome!.BugFound, $"no bug in {verdict.Outcome.IterationsExplored} iterations");
        Assert.StartsWith("Not linearizable", verdict.Outcome.BugMessage);
        output.WriteLine($"concurrent check-then-add: bug at iteration {verdict.Outcome.FirstBugIteration}");
    }

    [Fact]
    public void SplitLockMapIsCaughtReadingWhileAnotherTaskWrites()
    {
        var target = TestMaps.Load("SplitLockMap").Target;

        var verdict = CellRunner.Explore(Cell.Judged(DictionaryScenarioCatalog.ConcurrentWrites, target), FieldLevel);

        Assert.True(verdict.Outcome!.BugFound, $"no bug in {verdict.Outcome.IterationsExplored} iterations");
        output.WriteLine($"split lock: iteration {verdict.Outcome.FirstBugIteration}: {verdict.Outcome.BugMessage}");
    }

    [Fact]
    public void PlainCountMapLosesACountOnlyWithFieldLevelInterleaving()
    {
        var target = TestMaps.Load("PlainCountMap").Target;

        var without = CellRunner.Explore(Cell.Judged(DictionaryScenarioCatalog.CountAfterAdds, target), FieldLevel with { InterleaveMemoryAccesses = false });
        var with = CellRunner.Explore(Cell.Judged(DictionaryScenarioCatalog.CountAfterAdds, target), FieldLevel);

        Assert.False(without.Outcome!.BugFound, without.Outcome.BugMessage);
        Assert.True(with.Outcome!.BugFound, $"no bug in {with.Outcome.IterationsExplored} iterations");
        Assert.StartsWith("Not linearizable", with.Outcome.BugMessage);
        output.WriteLine(
            $"plain count: field level off {without.Outcome.IterationsPerSecond:0} it/s (no bug in {without.Outcome.IterationsExplored}); " +
            $"on: bug at iteration {with.Outcome.FirstBugIteration}");
    }

    [Theory]
    [InlineData("StripedLockMap")]
    [InlineData("CopyOnWriteMap")]
    public void CorrectMapPassesAThousandSchedulesOfThreeTasksWritingAndReading(string name)
    {
        var target = TestMaps.Load(name).Target;

        var verdict = CellRunner.Explore(Cell.Judged(DictionaryScenarioCatalog.ConcurrentWrites, target), FieldLevel);

        Assert.False(verdict.Outcome!.BugFound, verdict.Outcome.BugDetail);
        Assert.Equal(1000, verdict.Outcome.IterationsExplored);
        output.WriteLine($"{name}: {verdict.Outcome.IterationsPerSecond:0} it/s with field-level interleaving");
    }

    [Fact]
    public void DeadlockingMapGetsADeadlockVerdict()
    {
        var target = TestMaps.Load("DeadlockingMap").Target;

        var stopwatch = Stopwatch.StartNew();
        var verdict = CellRunner.Explore(Cell.Judged(DictionaryScenarioCatalog.ConcurrentWrites, target), FieldLevel);
        stopwatch.Stop();

        Assert.True(verdict.Outcome!.BugFound);
        Assert.Contains("Deadlock detected", verdict.Outcome.BugMessage);
        output.WriteLine($"deadlock verdict after {stopwatch.Elapsed.TotalSeconds:0.00} s at iteration {verdict.Outcome.FirstBugIteration}: {verdict.Outcome.BugMessage}");
    }

    [Fact]
    public void SpinningMapExceedsTheStepBound()
    {
        var target = TestMaps.Load("SpinningMap").Target;

        var stopwatch = Stopwatch.StartNew();
        var verdict = CellRunner.Explore(Cell.Judged(DictionaryScenarioCatalog.ConcurrentWrites, target), FieldLevel);
        stopwatch.Stop();

        Assert.True(verdict.Outcome!.BugFound);
        // Coyote's fair strategies allow ten times the step bound before they call it a spin.
        Assert.Matches(@"^Scheduling steps bound of \d+ reached", verdict.Outcome.BugMessage);
        output.WriteLine($"spin verdict after {stopwatch.Elapsed.TotalSeconds:0.00} s at iteration {verdict.Outcome.FirstBugIteration}: {verdict.Outcome.BugMessage}");
    }
}
