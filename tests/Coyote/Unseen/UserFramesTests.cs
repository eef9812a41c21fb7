using StressMaps.Harness.Exploration;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Tests.UserTargets;
using Xunit.Abstractions;

namespace StressMaps.Tests.Unseen;

/// <summary>A bug's report names, for both racing tasks, the user's method and source line, captured by replaying its schedule.</summary>
public class UserFramesTests(ITestOutputHelper output)
{
    [Fact]
    public void AutoPropertyRaceNamesTheUserMethodAndLineOfBothTasks()
    {
        var target = TestMaps.Load("AutoPropertyCountMap").Target;

        var verdict = OracleMatrixRunner.RunCell(
            DictionaryScenarioCatalog.CountAfterAdds, target, new ExplorationOptions(Iterations: 100, InterleaveMemoryAccesses: true));

        Assert.True(verdict.Outcome!.BugFound, $"no bug in {verdict.Outcome.IterationsExplored} schedules");
        var detail = verdict.Outcome.BugDetail!;
        output.WriteLine(detail);
        Assert.Matches(
            @"Race on AutoPropertyCountMap\.Total:\n  task (1|2) was switched away right before it touched AutoPropertyCountMap\.Total\n"
            + @"    at StressMaps\.TestMaps\.AutoPropertyCountMap`2\.[gs]et_Total \(AutoPropertyCountMap\.cs:13\)\n"
            + @"    at StressMaps\.TestMaps\.AutoPropertyCountMap`2\.Set \(AutoPropertyCountMap\.cs:2\d\)\n"
            + @"  task (1|2) touched AutoPropertyCountMap\.Total meanwhile\n"
            + @"    at StressMaps\.TestMaps\.AutoPropertyCountMap`2\.[gs]et_Total \(AutoPropertyCountMap\.cs:13\)\n",
            detail);
    }
}
