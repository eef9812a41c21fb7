namespace StressMaps.Harness.Exploration.Execution;

/// <summary>One task's call that had begun and not returned.</summary>
/// <param name="Task">0 for the setup, 1.. for the concurrent tasks.</param>
/// <param name="Call">The call as tables print it: <c>Set(a, "x")</c>, <c>received.enumerate()</c>.</param>
/// <param name="ReceivedFrom">For a use of what the task was handed, the call that handed it and what (<c>Current() -> Dictionary&lt;string,string&gt;</c>); null for a call on the target.</param>
public sealed record CallInProgress(int Task, string Call, string? ReceivedFrom);

/// <summary>
/// Which call each task is in, as a schedule runs, so that when Coyote stops it at a bug (a data race,
/// "Collection was modified") the verdict can say which calls were running: who read what it was
/// handed while whom wrote it. Each task writes its own slot; nothing is cleared when a schedule is stopped.
/// </summary>
public sealed class CallsInFlight(int taskCount)
{
    private readonly CallInProgress?[] _running = new CallInProgress?[taskCount + 1];
    private readonly CallInProgress?[] _lastReturned = new CallInProgress?[taskCount + 1];

    /// <summary>Task <paramref name="task"/> begins <paramref name="call"/>.</summary>
    public void Begin(int task, string call, string? receivedFrom) => _running[task] = new CallInProgress(task, call, receivedFrom);

    /// <summary>Task <paramref name="task"/>'s call returned.</summary>
    public void End(int task)
    {
        _lastReturned[task] = _running[task];
        _running[task] = null;
    }

    /// <summary>The calls begun and not returned, by task.</summary>
    public IReadOnlyList<CallInProgress> Running => _running.OfType<CallInProgress>().ToList();

    /// <summary>Each task's last call that returned, by task.</summary>
    public IReadOnlyList<CallInProgress> LastReturned => _lastReturned.OfType<CallInProgress>().ToList();
}
