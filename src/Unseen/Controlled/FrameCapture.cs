using System.Collections.Concurrent;
using System.Diagnostics;

namespace StressMaps.Controlled;

/// <summary>
/// What one captured replay saw of the user's code: each task's frames at its last field access or
/// collection call, and the last race on a field: a task switched away from right before touching it,
/// and the other task that touched the same field before it resumed (Go's race detector prints the same pair).
/// </summary>
public sealed class FrameCapture
{
    // Coyote runs one task at a time, so plain counters suffice; the collections are concurrent for safety.
    private readonly ConcurrentQueue<Access> _accesses = new();
    private readonly ConcurrentDictionary<int, string[]> _last = new();
    private int _sequence;

    /// <summary>Each task's user frames at its last access, innermost first, by task number.</summary>
    public IReadOnlyDictionary<int, string[]> LastFrames => _last;

    /// <summary>The last race seen on a field, or null.</summary>
    public FieldRace? Race { get; private set; }

    internal int Note(string? field)
    {
        var frames = UserFrames.Of(new StackTrace(fNeedFileInfo: true));
        var task = TaskStacks.CurrentTask;
        if (frames.Length > 0)
        {
            _last[task] = frames;
        }

        var sequence = ++_sequence;
        _accesses.Enqueue(new Access(sequence, task, field, frames));
        return sequence;
    }

    internal void Resumed(string field, int noted)
    {
        var me = TaskStacks.CurrentTask;
        var intruder = _accesses.LastOrDefault(access => access.Sequence > noted && access.Task != me && access.Field == field);
        var mine = _accesses.FirstOrDefault(access => access.Sequence == noted);
        if (intruder is not null && mine is not null)
        {
            Race = new FieldRace(field, new TaskFrames(me, mine.Frames), new TaskFrames(intruder.Task, intruder.Frames));
        }
    }

    private sealed record Access(int Sequence, int Task, string? Field, string[] Frames);
}

/// <summary>A field two tasks touched while one of them was switched away from it.</summary>
/// <param name="Field">The field, <c>Type.Field</c>.</param>
/// <param name="Preempted">The task switched away right before its access, and where.</param>
/// <param name="Intruder">The task that touched the field meanwhile, and where.</param>
public sealed record FieldRace(string Field, TaskFrames Preempted, TaskFrames Intruder);

/// <summary>One task's user frames, innermost first.</summary>
/// <param name="Task">The task's number (1-based; 0: the setup).</param>
/// <param name="Frames">Its frames.</param>
public sealed record TaskFrames(int Task, IReadOnlyList<string> Frames);
