using StressMaps.Harness.Sessions.Watchdog;

namespace StressMaps.Tests.Sessions.Watchdog;

public class RepeatedHangsTests
{
    private static readonly WatchdogLimits Limits = new(TimeSpan.FromSeconds(30), 256);

    [Fact]
    public void AMemberThatHungGetsTheShortTimeoutWhileItRunsAgain()
    {
        var hangs = new RepeatedHangs();
        hangs.Hung("count-after-adds.Cache", "count()");

        // Charged to the member that hung before, not to the newest call in flight.
        Assert.Equal((RepeatedHangs.Timeout, "count()"), hangs.While("concurrent-reads.Cache", ["get(a)", "count()"], Limits));
    }

    [Fact]
    public void OtherMembersAndAFreshRunKeepTheWholeHangTimeout()
    {
        var hangs = new RepeatedHangs();

        Assert.Equal((Limits.HangTimeout, (string?)null), hangs.While("count-after-adds.Cache", ["count()"], Limits));
        hangs.Hung("concurrent-writes.Cache", "set(b, 2)");
        Assert.Equal((Limits.HangTimeout, (string?)null), hangs.While("random-1.Cache", ["count()", "settings()"], Limits));
        Assert.Equal((RepeatedHangs.Timeout, "set(a, 1)"), hangs.While("random-1.Cache", ["set(a, 1)"], Limits));

        // The same member of another target has not hung.
        Assert.Equal((Limits.HangTimeout, (string?)null), hangs.While("random-1.Other.Cache", ["set(a, 1)"], Limits));
    }

    [Fact]
    public void AHangTimeoutShorterThanTheRepeatedOneIsKept()
    {
        var hangs = new RepeatedHangs();
        hangs.Hung("count-after-adds.Cache", "count()");
        var tight = Limits with { HangTimeout = TimeSpan.FromSeconds(2) };

        Assert.Equal((tight.HangTimeout, (string?)null), hangs.While("concurrent-reads.Cache", ["count()"], tight));
    }

    [Fact]
    public void AHangWithNoOperationRunningNamesNoMember()
    {
        var hangs = new RepeatedHangs();
        hangs.Hung("count-after-adds.Cache", null);
        hangs.Hung("count-after-adds.Cache", "");

        Assert.Equal((Limits.HangTimeout, (string?)null), hangs.While("count-after-adds.Cache", [""], Limits));
    }
}
