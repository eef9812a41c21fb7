using System.Diagnostics;

namespace StressMaps.Frames;

/// <summary>
/// What one captured replay saw of the user's code: each task's frames at its last field access or
/// collection call, and the last race on a field: a task switched away from right before touching it,
/// and the other task that touched the same field before it resumed (Go's race detector prints the same pair).
/// </summary>
/// <remarks>
/// Coyote runs one task at a time; but once the engine stops a schedule (a deadlock), the user's threads it
/// released may still run, so every member takes a plain lock (this assembly is never rewritten: no scheduling
/// point) and <see cref="Freeze"/> ends the capture before anyone reads it.
/// </remarks>
public sealed class FrameCapture
{
    private Access[] _accesses = new Access[64];
    private int _count;
    private string[]?[] _last = new string[]?[8];
    private readonly Dictionary<int, SyncCall> _lastCall = [];
    private readonly Dictionary<int, SyncCall> _lastSignal = [];
    private readonly Dictionary<int, int> _taskOfThread = [];
    private readonly object _gate = new();
    private bool _frozen;

    /// <summary>Each task's user frames at its last access, innermost first, by task number (tasks that touched nothing are absent).</summary>
    public IReadOnlyDictionary<int, string[]> LastFrames
    {
        get
        {
            lock (_gate)
            {
                return Enumerable.Range(0, _last.Length).Where(task => _last[task] is not null).ToDictionary(task => task, task => _last[task]!);
            }
        }
    }

    /// <summary>
    /// Each task's last noted access when that was a call that may wait (a lock, <c>Monitor.Wait</c>, a semaphore), by
    /// task number: where a task stopped by a deadlock waits. A field access after the call removes it.
    /// </summary>
    public IReadOnlyDictionary<int, SyncCall> WaitingAt
    {
        get
        {
            lock (_gate)
            {
                return _lastCall.Where(pair => !IsSignal(pair.Value.Call)).ToDictionary(pair => pair.Key, pair => pair.Value);
            }
        }
    }

    /// <summary>Each task's last signal (<c>Monitor.Pulse</c>, <c>SemaphoreSlim.Release</c>), by task number.</summary>
    public IReadOnlyDictionary<int, SyncCall> LastSignals
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<int, SyncCall>(_lastSignal);
            }
        }
    }

    /// <summary>The task of every noted access, in order: how the replay switched between tasks.</summary>
    public IReadOnlyList<int> AccessTasks
    {
        get
        {
            lock (_gate)
            {
                return _accesses.Take(_count).Select(access => access.Task).ToList();
            }
        }
    }

    /// <summary>Ends the capture: threads still running after the schedule stopped note nothing more.</summary>
    public void Freeze()
    {
        lock (_gate)
        {
            _frozen = true;
        }
    }

    /// <summary>
    /// Whether tasks are numbered by the thread they run on, in the order first seen (a concurrent test, whose own
    /// tasks are the concurrency); off where a scenario names its tasks itself.
    /// </summary>
    public bool NumbersStartedTasks { get; init; }

    // Coyote runs each controlled operation on a thread of its own, and a replay runs them in the same order:
    // the first thread seen is the test method's (0), the next ones its tasks (1, 2...). Wrapping the tasks'
    // delegates to name them would change the operations Coyote's trace names, so the replay would diverge.
    private int CurrentTask
    {
        get
        {
            if (!NumbersStartedTasks)
            {
                return TaskStacks.CurrentTask;
            }

            var thread = Environment.CurrentManagedThreadId;
            if (!_taskOfThread.TryGetValue(thread, out var task))
            {
                task = _taskOfThread.Count;
                _taskOfThread[thread] = task;
            }

            return task;
        }
    }

    /// <summary>The current thread runs the test method itself: its task is 0.</summary>
    public void EnterTestMethod()
    {
        lock (_gate)
        {
            _taskOfThread.TryAdd(Environment.CurrentManagedThreadId, 0);
        }
    }

    /// <summary>Notes the current task's frames before <paramref name="call"/> (<c>Monitor.Wait</c>...), which may wait for a lock or a signal or give one.</summary>
    public void NoteCall(string call)
    {
        var index = Note(field: null);
        lock (_gate)
        {
            if (index < 0 || _frozen)
            {
                return;
            }

            NoteCallLocked(call, _accesses[index]);
        }
    }

    private void NoteCallLocked(string call, Access access)
    {
        var task = access.Task;
        var noted = new SyncCall(call, access.Frames);
        _lastCall[task] = noted;
        if (IsSignal(call))
        {
            _lastSignal[task] = noted;
        }
    }

    private static bool IsSignal(string call) => call.EndsWith(".Pulse", StringComparison.Ordinal) || call.EndsWith(".PulseAll", StringComparison.Ordinal)
        || call.EndsWith(".Release", StringComparison.Ordinal);

    /// <summary>The last race seen on a field, or null.</summary>
    public FieldRace? Race { get; private set; }

    /// <summary>Notes the current task's user frames before an access to <paramref name="field"/> (null: a collection call); returns the note's number.</summary>
    public int Note(string? field)
    {
        var frames = UserFrames.Of(new StackTrace(fNeedFileInfo: true));
        lock (_gate)
        {
            return _frozen ? -1 : NoteLocked(field, frames);
        }
    }

    private int NoteLocked(string? field, string[] frames)
    {
        var task = CurrentTask;
        if (frames.Length > 0)
        {
            if (task >= _last.Length)
            {
                Array.Resize(ref _last, task + 8);
            }

            _last[task] = frames;
        }

        if (_count == _accesses.Length)
        {
            Array.Resize(ref _accesses, _count * 2);
        }

        _accesses[_count] = new Access(task, field, frames);
        if (field is not null)
        {
            // Past its last call: the task got its lock or its signal.
            _lastCall.Remove(task);
        }

        return _count++;
    }

    /// <summary>
    /// The task of note <paramref name="noted"/> resumes and touches <paramref name="field"/>: another task that
    /// touched it meanwhile makes a race.
    /// </summary>
    public void Resumed(string field, int noted)
    {
        lock (_gate)
        {
            if (noted >= 0 && !_frozen)
            {
                ResumedLocked(field, noted);
            }
        }
    }

    private void ResumedLocked(string field, int noted)
    {
        var me = _accesses[noted].Task;
        for (var i = _count - 1; i > noted; i--)
        {
            var access = _accesses[i];
            if (access.Task != me && access.Field == field)
            {
                Race = new FieldRace(field, new TaskFrames(me, _accesses[noted].Frames), new TaskFrames(access.Task, access.Frames));
                return;
            }
        }
    }

    private sealed record Access(int Task, string? Field, string[] Frames);
}

/// <summary>A call where a task may wait for a lock or a signal, or gives one, and the task's user frames there.</summary>
/// <param name="Call"><c>Monitor.Wait</c>, <c>Monitor.Enter</c>, <c>SemaphoreSlim.WaitAsync</c>...</param>
/// <param name="Frames">The task's user frames, innermost first.</param>
public sealed record SyncCall(string Call, IReadOnlyList<string> Frames);

/// <summary>A field two tasks touched while one of them was switched away from it.</summary>
/// <param name="Field">The field, <c>Type.Field</c>.</param>
/// <param name="Preempted">The task switched away right before its access, and where.</param>
/// <param name="Intruder">The task that touched the field meanwhile, and where.</param>
public sealed record FieldRace(string Field, TaskFrames Preempted, TaskFrames Intruder);

/// <summary>One task's user frames, innermost first.</summary>
/// <param name="Task">The task's number (1-based; 0: the setup).</param>
/// <param name="Frames">Its frames.</param>
public sealed record TaskFrames(int Task, IReadOnlyList<string> Frames);
