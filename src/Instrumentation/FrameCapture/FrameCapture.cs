using System.Diagnostics;

namespace StressMaps.Frames;

/// <summary>
/// What one captured replay saw of the user's code: each task's frames at its last field access or
/// collection call, and the last race on a field: a task switched away from right before touching it,
/// and the other task that touched the same field before it resumed (Go's race detector prints the same pair).
/// </summary>
/// <remarks>Coyote runs one task at a time, so plain arrays and counters suffice.</remarks>
public sealed class FrameCapture
{
    private Access[] _accesses = new Access[64];
    private int _count;
    private string[]?[] _last = new string[]?[8];

    /// <summary>Each task's user frames at its last access, innermost first, by task number (tasks that touched nothing are absent).</summary>
    public IReadOnlyDictionary<int, string[]> LastFrames =>
        Enumerable.Range(0, _last.Length).Where(task => _last[task] is not null).ToDictionary(task => task, task => _last[task]!);

    /// <summary>The last race seen on a field, or null.</summary>
    public FieldRace? Race { get; private set; }

    /// <summary>Notes the current task's user frames before an access to <paramref name="field"/> (null: a collection call); returns the note's number.</summary>
    public int Note(string? field)
    {
        var frames = UserFrames.Of(new StackTrace(fNeedFileInfo: true));
        var task = TaskStacks.CurrentTask;
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
        return _count++;
    }

    /// <summary>
    /// The task of note <paramref name="noted"/> resumes and touches <paramref name="field"/>: another task that
    /// touched it meanwhile makes a race.
    /// </summary>
    public void Resumed(string field, int noted)
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

/// <summary>A field two tasks touched while one of them was switched away from it.</summary>
/// <param name="Field">The field, <c>Type.Field</c>.</param>
/// <param name="Preempted">The task switched away right before its access, and where.</param>
/// <param name="Intruder">The task that touched the field meanwhile, and where.</param>
public sealed record FieldRace(string Field, TaskFrames Preempted, TaskFrames Intruder);

/// <summary>One task's user frames, innermost first.</summary>
/// <param name="Task">The task's number (1-based; 0: the setup).</param>
/// <param name="Frames">Its frames.</param>
public sealed record TaskFrames(int Task, IReadOnlyList<string> Frames);
