using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;

namespace StressMaps.Tests.Targets.Loading;

public class UserTargetReplayTests
{
    [Theory]
    [InlineData("CheckThenAddMap", "add-same-key")]
    [InlineData("PlainCountMap", "count-after-adds")]
    [InlineData("SpinningMap", "concurrent-writes")]
    public void BugInAUserMapReplaysFromItsTraceWithTheStoredOptions(string map, string scenarioName)
    {
        var target = TestMaps.Load(map).Target;
        var scenario = DictionaryScenarioCatalog.All.Single(candidate => candidate.Name == scenarioName);

        var verdict = CellRunner.Explore(Cell.Judged(scenario, target), new ExplorationOptions(Iterations: 1000, InterleaveMemoryAccesses: true));

        Assert.True(verdict.Outcome!.BugFound);
        var replay = CoyoteExplorer.Replay(CellRunner.TestOf(Cell.Judged(scenario, target)), verdict.Options, verdict.Outcome.ReproducibleTrace!);
        Assert.True(replay.BugFound, "replaying the trace did not reproduce the bug");
        Assert.Equal(verdict.Outcome.BugMessage, replay.BugMessage);
    }

    [Fact]
    public void MapWrittenAgainstTheProjectsOwnContractGetsTheSnapshotScenariosAndPassesThem()
    {
        var target = TestMaps.Load("OwnContractMap").Target;

        foreach (var scenario in new[] { ScenarioCatalog.WriterVersusReader, ScenarioCatalog.AtomicUpdate, DictionaryScenarioCatalog.CountAfterAdds })
        {
            var verdict = CellRunner.Explore(Cell.Judged(scenario, target), new ExplorationOptions(Iterations: 200, InterleaveMemoryAccesses: true));

            Assert.Equal(Expectation.SafeExpected, verdict.Expectation);
            Assert.False(verdict.Outcome!.BugFound, $"{scenario.Name}: {verdict.Outcome.BugDetail}");
        }

        Assert.Equal(Expectation.NotApplicable, OracleExpectations.For(DictionaryScenarioCatalog.AddSameKey, target).Expectation);
    }
}
