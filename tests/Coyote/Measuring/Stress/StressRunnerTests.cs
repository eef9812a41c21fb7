using StressMaps.Harness.Exploration;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Measuring.Stress;

namespace StressMaps.Tests.Measuring.Stress;

[Collection(StressCollection.Name)]
public class StressRunnerTests
{
    [Fact]
    public void FindsTheLostUpdateWhenReadsAreSlowEnoughToOverlapOnEveryRun()
    {
        using var locks = new LockWaitListener();

        var outcome = StressRunner.RunCell(ScenarioCatalog.LostUpdate, TestMaps.SlowReads, new StressOptions(Runs: 10), locks);

        Assert.Equal(10, outcome.Runs);
        Assert.True(outcome.WrongFinalStates > 0, $"no lost update in {outcome.Runs} runs");
        Assert.Equal(StressFailureKind.WrongFinalState, outcome.FirstFailure);
        Assert.NotNull(outcome.FirstFailingRun);
        Assert.Contains("expected get(n) == 2", outcome.FirstFailureMessage);
    }

    [Fact]
    public void CountsContentionAndWaitingTimeOnALockHeldDuringSlowReads()
    {
        using var locks = new LockWaitListener();

        var outcome = StressRunner.RunCell(ScenarioCatalog.LostUpdate, TestMaps.SlowReads, new StressOptions(Runs: 10), locks);

        Assert.True(outcome.LockContentions > 0);
        Assert.True(outcome.LockWaitTime > TimeSpan.Zero, $"wait time {outcome.LockWaitTime}");
    }

    [Fact]
    public void ASpinningRunIsReportedAsAHangAndTheRunnerMovesOn()
    {
        using var release = new ManualResetEventSlim(false);
        using var locks = new LockWaitListener();
        try
        {
            var options = new StressOptions(Runs: 2, RunTimeout: TimeSpan.FromMilliseconds(100));

            var outcome = StressRunner.RunCell(ScenarioCatalog.LostUpdate, TestMaps.SpinningWrites(release), options, locks);

            Assert.Equal((2, 2), (outcome.Runs, outcome.Hangs));
            Assert.Equal(StressFailureKind.Hang, outcome.FirstFailure);
            Assert.Equal(1, outcome.FirstFailingRun);
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public void RewrittenMapsGetThePlainDictionaryExceptWhileACoyoteEngineIsAlive()
    {
        var plainInsideEngine = true;

        CoyoteExplorer.Explore(
            () =>
            {
                plainInsideEngine = PassThroughCheck.DictionariesArePlain();
                return Task.CompletedTask;
            },
            new ExplorationOptions(Iterations: 1));

        Assert.False(plainInsideEngine);
        Assert.True(PassThroughCheck.DictionariesArePlain());
    }

    [Fact]
    public void StopsAtTheFirstFailureWhenAsked()
    {
        using var locks = new LockWaitListener();

        var outcome = StressRunner.RunCell(
            ScenarioCatalog.LostUpdate, TestMaps.SlowReads, new StressOptions(Runs: 50, StopAtFirstFailure: true), locks);

        Assert.Equal(1, outcome.FailedRuns);
        Assert.Equal(outcome.Runs, outcome.FirstFailingRun);
    }
}
