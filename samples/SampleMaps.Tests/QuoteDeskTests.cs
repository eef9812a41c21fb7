using SampleMaps;
using StressMaps.Testing;
using Xunit.Abstractions;

namespace SampleMaps.Tests;

/// <summary>Async classes made with their dependencies, explored from a lambda as a team's own test would.</summary>
public class QuoteDeskTests(ITestOutputHelper output)
{
    private static readonly StressMapsOptions Quick = new() { Iterations = 100, Generate = 2 };

    [Fact]
    public void TwoCallersQuotingOneProductAcrossAnAwaitAreNotLinearizableAndTheBugReplaysFromTheTest()
    {
        var result = StressMapsTest.Explore(() => new QuoteDesk(TimeProvider.System), Quick);
        output.WriteLine(result.ToString());

        Assert.True(result.BugFound, result.ToString());
        var bug = result.UnexpectedBugs[0];
        Assert.StartsWith("Not linearizable", bug.BugMessage);
        Assert.NotNull(bug.BundlePath);
        var replay = StressMapsTest.Replay(bug.BundlePath, () => new QuoteDesk(TimeProvider.System), times: 3);
        Assert.True(replay.Reproduced, replay.Message);
        Assert.Contains("Not linearizable", replay.Message);
    }

    [Fact]
    public void TheDeskHoldingASemaphoreAcrossTheAwaitHasNoBug() =>
        StressMapsTest.Explore(() => new GuardedQuoteDesk(TimeProvider.System), Quick).AssertNoBug();
}
