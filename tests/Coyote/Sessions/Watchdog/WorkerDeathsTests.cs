using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Status;

namespace StressMaps.Tests.Sessions.Watchdog;

public class WorkerDeathsTests
{
    private static readonly WatchdogLimits Limits = new(TimeSpan.FromSeconds(5), 512);

    private static readonly StatusReading Counting = new(42, true, "exploring: count-after-adds.Cache", ["count()", "set(a, 1)"]);

    [Fact]
    public void KilledForNoProgressIsAHangNamingTheNewestOperationInFlight()
    {
        var death = WorkerDeaths.Classify(WorkerDeaths.Kill.Hang, null, "", Counting, Limits);

        Assert.Equal(VerdictKind.Hang, death.Kind);
        Assert.Equal("hang: no operation began or returned for 5 s, while running count()", death.Message);
        Assert.Equal(new WorkerPhase(WorkerPhaseKind.Exploring, "count-after-adds.Cache"), death.Phase);
    }

    [Fact]
    public void ProcessThatEndsOnItsOwnCrashedWithItsExitCode()
    {
        var death = WorkerDeaths.Classify(WorkerDeaths.Kill.None, 7, "", Counting, Limits);

        Assert.Equal(VerdictKind.Crashed, death.Kind);
        Assert.StartsWith("crashed: exit code 7", death.Message);
    }

    [Fact]
    public void RuntimesStackOverflowBannerIsAStackOverflow()
    {
        var death = WorkerDeaths.Classify(WorkerDeaths.Kill.None, 134, "Stack overflow.\nRepeat 9000 times:\n   at My.Map.Deeper(Int32)\n", Counting, Limits);

        Assert.Equal(VerdictKind.StackOverflow, death.Kind);
        Assert.Equal("count()", death.Operation);
    }

    [Fact]
    public void StackOverflowStillBeingPrintedWhenTheHangTimeoutFiresIsAStackOverflow()
    {
        var death = WorkerDeaths.Classify(WorkerDeaths.Kill.Hang, null, "Stack overflow.\nRepeat 9000 times:\n", Counting, Limits);

        Assert.Equal(VerdictKind.StackOverflow, death.Kind);
    }

    [Theory]
    [InlineData(WorkerDeaths.Kill.Memory, "")]
    [InlineData(WorkerDeaths.Kill.None, "Process terminated. " + WorkerDeaths.OutOfMemoryMarker)]
    public void HeapLimitReachedOrProcessKilledForMemoryIsOutOfMemory(WorkerDeaths.Kill kill, string stderr)
    {
        var death = WorkerDeaths.Classify(kill, kill == WorkerDeaths.Kill.None ? 134 : null, stderr, Counting, Limits);

        Assert.Equal(VerdictKind.OutOfMemory, death.Kind);
        Assert.Contains("512 MB", death.Message);
    }

    [Fact]
    public void DeathBeforeTheWorkerSaidAnythingSaysSo()
    {
        var death = WorkerDeaths.Classify(WorkerDeaths.Kill.None, 1, "", StatusReading.Empty, Limits);

        Assert.Null(death.Phase);
        Assert.EndsWith("(before the worker said what it was doing)", death.Message);
    }
}
