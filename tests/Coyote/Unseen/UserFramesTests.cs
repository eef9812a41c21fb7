using StressMaps.Harness.Exploration;
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

        var bug = FieldInterleavingTests.RunScenarios(target, new ExplorationOptions(Iterations: 100, InterleaveMemoryAccesses: true))
            .First(verdict => verdict.Outcome!.BugFound);

        var detail = bug.Outcome!.BugDetail!;
        output.WriteLine(detail);
        // Line 11 declares the auto-property (its accessors), lines 26 and 37 bump it in Set and Add.
        const string Accessor = @"    at StressMaps\.TestMaps\.AutoPropertyCountMap`2\.[gs]et_Total \(AutoPropertyCountMap\.cs:11\)\n";
        const string Caller = @"    at StressMaps\.TestMaps\.AutoPropertyCountMap`2\.(Set \(AutoPropertyCountMap\.cs:26\)|Add \(AutoPropertyCountMap\.cs:37\))\n";
        Assert.Matches(
            @"Race on AutoPropertyCountMap\.Total:\n  task \d was switched away right before it touched AutoPropertyCountMap\.Total\n"
            + Accessor + Caller + @"  task \d touched AutoPropertyCountMap\.Total meanwhile\n" + Accessor + Caller,
            detail);
    }
}
