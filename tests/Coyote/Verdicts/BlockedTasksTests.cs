using StressMaps.Harness.Exploration.Bugs;
using StressMaps.Frames;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Tests.Verdicts;

/// <summary>How a deadlock Coyote reports is typed from where each task of a concurrent test waited and signalled.</summary>
public class BlockedTasksTests
{
    // As CoyoteExplorer hands it on: Coyote's deadlock, typed by the one fallback that reads Coyote's text.
    private static readonly ExplorationOutcome Deadlocked = new(true, "Deadlock detected. Op(1) and Op(2) are waiting to acquire a resource.", "report", 3, 3, TimeSpan.Zero, "{}")
    {
        Bug = UntypedBugs.FromCoyote("Deadlock detected. Op(1) and Op(2) are waiting to acquire a resource."),
    };

    [Fact]
    public void TwoTasksWaitingForLocksAreADeadlockNamingBoth()
    {
        var frames = Capture(first => first.NoteCall("Monitor.Enter"), second => second.NoteCall("Monitor.Enter"));
        var typed = BlockedTasks.Type(Deadlocked, frames);
        Assert.StartsWith("Deadlock: task 1 waits in Monitor.Enter at ", typed.BugMessage);
        Assert.Contains(" while task 2 waits in Monitor.Enter at ", typed.BugMessage);
        // Each task's user frames follow, then Coyote's own report.
        Assert.Contains("task 1:\n  at StressMaps.Tests.Verdicts.BlockedTasksTests", typed.BugDetail);
        Assert.Contains("task 2:\n  at StressMaps.Tests.Verdicts.BlockedTasksTests", typed.BugDetail);
        Assert.EndsWith("report", typed.BugDetail);
    }

    [Fact]
    public void OneTaskLeftWaitingForASignalIsALostWakeupNamingTheSignaller()
    {
        var frames = Capture(waiter => waiter.NoteCall("Monitor.Wait"), signaller => signaller.NoteCall("Monitor.PulseAll"));
        var typed = BlockedTasks.Type(Deadlocked, frames);
        Assert.StartsWith("Lost wakeup: task 1 waits in Monitor.Wait at ", typed.BugMessage);
        Assert.Equal(BugKind.LostWakeup, typed.Bug!.Kind);
        Assert.Contains("and no task is left to wake it (task 2 signalled with Monitor.PulseAll at ", typed.BugMessage);
        Assert.Contains("task 2 (last signal, Monitor.PulseAll):\n  at StressMaps.Tests.Verdicts.BlockedTasksTests", typed.BugDetail);
    }

    [Fact]
    public void ATaskThatGotItsLockAndWentOnWaitsNowhere()
    {
        var frames = Capture(first => { first.NoteCall("Monitor.Enter"); first.Note("Account.Balance"); }, second => second.NoteCall("Monitor.Wait"));
        Assert.StartsWith("Lost wakeup: task 2 waits in Monitor.Wait", BlockedTasks.Type(Deadlocked, frames).BugMessage);
    }

    [Fact]
    public void AnyOtherBugIsLeftAsItIs()
    {
        var crash = Deadlocked with { BugMessage = "System.InvalidOperationException: boom", Bug = UntypedBugs.FromCoyote("System.InvalidOperationException: boom") };
        Assert.Same(crash, BlockedTasks.Type(crash, Capture(first => first.NoteCall("Monitor.Enter"), _ => { })));
    }

    [Fact]
    public void AFrozenCaptureNotesNothingMore()
    {
        var frames = new FrameCapture { NumbersStartedTasks = true };
        frames.Freeze();
        Assert.Equal(-1, frames.Note("Account.Balance"));
        frames.NoteCall("Monitor.Enter");
        Assert.Empty(frames.AccessTasks);
        Assert.Empty(frames.WaitingAt);
    }

    // The test's thread is the test method (task 0); each step runs on a thread of its own, as Coyote runs tasks: 1, then 2.
    private static FrameCapture Capture(Action<FrameCapture> first, Action<FrameCapture> second)
    {
        var frames = new FrameCapture { NumbersStartedTasks = true };
        frames.EnterTestMethod();
        foreach (var step in new[] { first, second })
        {
            var thread = new Thread(() => step(frames));
            thread.Start();
            thread.Join();
        }

        return frames;
    }
}
