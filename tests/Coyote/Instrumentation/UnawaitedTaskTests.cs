using StressMaps.Harness.Exploration;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Tests.Targets.Loading;

namespace StressMaps.Tests.Instrumentation;

/// <summary>An exception in a task the target started and never awaited is a crash, not a safe schedule.</summary>
public class UnawaitedTaskTests
{
    [Theory]
    [InlineData("FireAndForgetMap")]
    [InlineData("StartNewFireAndForgetMap")]
    public void FireAndForgetTaskThatThrowsIsReportedWithTheUserFrame(string map)
    {
        var target = TestMaps.Load(map).Target;

        var verdict = CellRunner.Explore(Cell.Judged(DictionaryScenarioCatalog.CountAfterAdds, target), new ExplorationOptions(Iterations: 100));

        Assert.True(verdict.Outcome!.BugFound, "no bug: the unawaited task's exception was dropped");
        Assert.StartsWith("A task started and never awaited crashed: System.InvalidOperationException: audit log full", verdict.Outcome.BugMessage);
        Assert.True(verdict.Outcome.BugMessage!.Contains($"{map}`2.Audit() in ") && verdict.Outcome.BugMessage.Contains($"{map}.cs:line "), verdict.Outcome.BugMessage);
    }
}
