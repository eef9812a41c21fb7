using StressMaps.Harness.Exploration;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Targets.Loading;

namespace StressMaps.Tests.Oracles.Contracts;

public class ContractMonitorTests
{
    [Fact]
    public void ViolationNamesBothCallsBothTasksAndBothStacks()
    {
        var target = UserTargetLoader.Load(null, "System.Collections.Generic.SortedDictionary`2", ThreadSafetyContract.NotThreadSafe).Target;

        var verdict = CellRunner.Explore(Cell.Judged(DictionaryScenarioCatalog.AddSameKey, target), new ExplorationOptions(Iterations: 200));

        var detail = verdict.Outcome!.BugDetail!;
        Assert.Contains("Contract violation (not-thread-safe): task ", detail);
        Assert.Contains("Add(k, 1) (write)", detail);
        Assert.Contains("Add(k, 2) (write)", detail);
        Assert.Contains("started at:", detail);
        Assert.Contains("still in flight, at:", detail);
        Assert.Equal(2, detail.Split("at StressMaps.Harness.Exploration.Execution.ClientCaller.Run").Length - 1);
    }

    [Fact]
    public void SingleWriterTargetIsCaughtWithTwoWritersInFlight()
    {
        var target = UserTargetLoader.Load(null, "System.Collections.Generic.SortedList`2", ThreadSafetyContract.SingleWriter).Target;

        var verdict = CellRunner.Explore(Cell.Judged(DictionaryScenarioCatalog.AddSameKey, target), new ExplorationOptions(Iterations: 200));

        Assert.StartsWith("Contract violation (single-writer)", verdict.Outcome!.BugMessage);
    }

    [Fact]
    public void SingleWriterTargetMayBeReadWhileOneTaskWrites()
    {
        var target = UserTargetLoader.Load(null, "System.Collections.Concurrent.ConcurrentDictionary`2", ThreadSafetyContract.SingleWriter).Target;
        var oneWriterOneReader = new Scenario("one-writer-one-reader", "a writer and a reader", [ScenarioOperation.Set("a", 1)],
            [[ScenarioOperation.Set("a", 2), ScenarioOperation.Set("b", 3)], [ScenarioOperation.Get("a"), ScenarioOperation.Count()]]);

        var verdict = CellRunner.Explore(Cell.Judged(oneWriterOneReader, target), new ExplorationOptions(Iterations: 200));

        Assert.False(verdict.Outcome!.BugFound, verdict.Outcome.BugMessage);
    }
}
