using StressMaps.Frames;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Bugs;

namespace StressMaps.Harness.Verdicts;

/// <summary>
/// Types the deadlock Coyote reports in a concurrent test, from a replay that captured where each task waits:
/// two or more tasks waiting for locks is a deadlock; one task left waiting for a signal (<c>Monitor.Wait</c>,
/// a semaphore) that no task is left to give is a lost wakeup. Either names each task and its user frames.
/// </summary>
public static class BlockedTasks
{
    /// <summary>The first words of a typed deadlock.</summary>
    public const string DeadlockPrefix = "Deadlock:";

    /// <summary>The first words of a typed lost wakeup.</summary>
    public const string LostWakeupPrefix = "Lost wakeup:";

    /// <summary><paramref name="outcome"/> with its deadlock typed by what <paramref name="frames"/> saw; any other outcome as it is.</summary>
    public static ExplorationOutcome Type(ExplorationOutcome outcome, FrameCapture frames)
    {
        if (outcome is not { Bug.Kind: BugKind.Deadlock, BugMessage: { } message })
        {
            return outcome;
        }

        var waiting = frames.WaitingAt.OrderBy(pair => pair.Key).ToList();
        string typed;
        if (waiting.Count == 1 && IsSignalWait(waiting[0].Value.Call))
        {
            var (task, at) = waiting[0];
            var signal = frames.LastSignals.Where(pair => pair.Key != task).OrderBy(pair => pair.Key).Select(pair => (Task: pair.Key, At: pair.Value)).FirstOrDefault();
            typed = $"{LostWakeupPrefix} {Name(task)} waits in {at.Call} at {Top(at)} and no task is left to wake it" +
                (signal.At is null ? " (no task signalled)." : $" ({Name(signal.Task)} signalled with {signal.At.Call} at {Top(signal.At)}, before the wait began).");
        }
        else
        {
            typed = $"{DeadlockPrefix} " + (waiting.Count == 0
                ? "every task waits and none can go on."
                : string.Join(" while ", waiting.Select(pair => $"{Name(pair.Key)} waits in {pair.Value.Call} at {Top(pair.Value)}")) + ".");
        }

        var frameLines = waiting.Select(pair => $"{Name(pair.Key)}:\n" + string.Join('\n', pair.Value.Frames.Select(frame => $"  at {frame}")));
        var signals = typed.StartsWith(LostWakeupPrefix, StringComparison.Ordinal)
            ? frames.LastSignals.Select(pair => $"{Name(pair.Key)} (last signal, {pair.Value.Call}):\n" + string.Join('\n', pair.Value.Frames.Select(frame => $"  at {frame}")))
            : [];
        var detail = string.Join('\n', [typed, .. frameLines, .. signals, outcome.BugDetail ?? message]);
        var kind = typed.StartsWith(LostWakeupPrefix, StringComparison.Ordinal) ? BugKind.LostWakeup : BugKind.Deadlock;
        return outcome with { BugMessage = typed, BugDetail = detail, Bug = new Bug(kind) { Tasks = [.. waiting.Select(pair => new BugTask(pair.Key, pair.Value.Call))] } };
    }

    private static bool IsSignalWait(string call) =>
        call is "Monitor.Wait" || call.StartsWith("SemaphoreSlim.Wait", StringComparison.Ordinal);

    private static string Name(int task) => task == 0 ? "the test method" : $"task {task}";

    // The innermost user frame, without the parameter list's noise: Type.Method in File.cs:line N.
    private static string Top(SyncCall call) => call.Frames.Count == 0 ? "(no user frame)" : ShortFrame(call.Frames[0]);

    private static string ShortFrame(string frame)
    {
        var inFile = frame.IndexOf(" in ", StringComparison.Ordinal);
        var method = (inFile < 0 ? frame : frame[..inFile]).Split('(')[0];
        var shortMethod = string.Join('.', method.Split('.').TakeLast(2));
        return inFile < 0 ? shortMethod : $"{shortMethod} in {Path.GetFileName(frame[(inFile + 4)..])}";
    }
}
