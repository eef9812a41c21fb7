using StressMaps.Harness.Exploration.Bugs;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Tests.Reports.RunFiles;

public class RootCauseRecordTests
{
    [Fact]
    public void TheSameBugInTwoCellsOfOneTargetIsOneRootCause()
    {
        var causes = RootCauseRecord.Of([Deadlocked("first", "Accounts.Bug"), Deadlocked("second", "Accounts.Bug")]);

        var cause = Assert.Single(causes);
        Assert.Equal(["first.Accounts.Bug", "second.Accounts.Bug"], cause.Cells.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheSameSignatureInTwoTargetsIsTwoRootCauses()
    {
        // Two programs that each deadlock are two bugs, though "deadlock" names both.
        var causes = RootCauseRecord.Of([Deadlocked("test", "Accounts.Bug"), Deadlocked("test", "Philosophers.Bug")]);

        Assert.Equal(2, causes.Count);
        Assert.All(causes, cause => Assert.Single(cause.Cells));
    }

    private static CellRecord Deadlocked(string scenario, string target) => new()
    {
        Scenario = scenario,
        Map = target,
        Expectation = "safe-expected",
        Reason = "a test method",
        Verdict = VerdictKind.Bug,
        Matches = false,
        Options = new OptionsRecord("portfolio", 1000, 7, 2000, null),
        BugMessage = "Deadlock: task 1 waits in Monitor.Enter while task 2 waits in Monitor.Enter",
        Bug = new Bug(BugKind.Deadlock),
    };
}
