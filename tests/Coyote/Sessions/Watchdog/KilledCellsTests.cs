using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Harness.Verdicts;
using StressMaps.Status;
using StressMaps.Tests.Sessions.ScaleOut;

namespace StressMaps.Tests.Sessions.Watchdog;

public class KilledCellsTests
{
    private static readonly StatusReading Counting = new(42, true, "exploring: count-after-adds.MyMap<string,int>", ["count()"]);

    private static readonly string[] Steps = ["op(0:0),sp(Create),next(0:0)", "op(0:0),sp(Start),next(1:1)"];

    [Fact]
    public void KilledCellKeepsTheScheduleItsWorkerJournaledWithHowItEnded()
    {
        var death = WorkerDeaths.Classify(WorkerDeaths.Kill.None, 7, "", Counting, WatchdogLimits.Default) with
        {
            Journal = new TraceJournalReading(4, Steps, Truncated: false),
        };
        var killed = KilledCells.Record(UserCells.Record("count-after-adds", null, VerdictKind.Safe, null), death);

        var schedule = KilledCells.Schedule(killed, death);

        Assert.NotNull(schedule);
        Assert.Equal("count-after-adds.MyMap<string,int>", schedule.Cell);
        Assert.Equal(Steps, schedule.Steps);
        Assert.Equal(new Harness.Bundles.WorkerKill(VerdictKind.Crashed, "count()", 7, 4), schedule.Kill);
        Assert.Equal(killed.BugMessage, schedule.Message);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void JournalThatCannotRebuildTheScheduleGivesNoSchedule(bool truncated, bool started)
    {
        var death = WorkerDeaths.Classify(WorkerDeaths.Kill.Hang, null, "", Counting, WatchdogLimits.Default) with
        {
            Journal = new TraceJournalReading(started ? 0u : null, started ? Steps : [], truncated),
        };
        var killed = KilledCells.Record(UserCells.Record("count-after-adds", null, VerdictKind.Safe, null), death);

        Assert.Null(KilledCells.Schedule(killed, death));
    }
}
