using StressMaps.Harness.Bundles;
using StressMaps.Harness.Exploration.Bugs;
using StressMaps.Tests.Reports.Exporters;

namespace StressMaps.Tests.Bundles;

public class BundleBugKindTests
{
    [Fact]
    public void ABundleKeepsItsTypedBugThroughItsFile()
    {
        var sample = SampleReport.Bundle();
        var bug = new Bug(BugKind.ContractViolation) { Subject = "unsafe", Tasks = [new BugTask(2, "set(c, 3)"), new BugTask(1, "get(c)")] };

        var json = BugBundleJson.Serialize(sample with { Verdict = sample.Verdict with { Bug = bug } });
        var read = BugBundleJson.Deserialize(json);

        Assert.Contains("\"kind\": \"contract-violation\"", json);
        Assert.Equal(BugKind.ContractViolation, read.Verdict.Typed.Kind);
        Assert.Equal("unsafe", read.Verdict.Bug!.Subject);
        Assert.Equal(bug.Tasks, read.Verdict.Bug.Tasks);
    }

    [Theory]
    [InlineData("System.InvalidOperationException: Collection was modified; enumeration operation may not execute.", BugKind.Crash)]
    [InlineData("Final check failed: expected get(n) == 2, found 1.", BugKind.FinalCheck)]
    [InlineData("Found write/write data race on 'Dictionary<String,Int32>'.", BugKind.DataRace)]
    public void ABundleWrittenBeforeKindsWereStoredGetsItsKindFromItsMessage(string message, BugKind kind)
    {
        var sample = SampleReport.Bundle();
        var old = BugBundleJson.Serialize(sample with { Verdict = sample.Verdict with { Message = message } });

        var read = BugBundleJson.Deserialize(old);

        Assert.DoesNotContain("\"bug\"", old);
        Assert.Null(read.Verdict.Bug);
        Assert.Equal(kind, read.Verdict.Typed.Kind);
    }

    [Fact]
    public void AnUnknownStoredKindIsOneClearLine()
    {
        var sample = SampleReport.Bundle();
        var json = BugBundleJson.Serialize(sample with { Verdict = sample.Verdict with { Bug = new Bug(BugKind.Deadlock) } })
            .Replace("\"deadlock\"", "\"gremlins\"", StringComparison.Ordinal);

        var error = Record.Exception(() => BugBundleJson.Deserialize(json));

        Assert.NotNull(error);
        Assert.StartsWith("not a usable bug bundle", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
