using Microsoft.Coyote.Runtime;
using StressMaps.Frames;

namespace StressMaps.Controlled;

/// <summary>
/// What the rewritten code calls before a field load or store, where Coyote's own pass puts
/// <see cref="SchedulingPoint.InterleaveMemoryAccess"/>: the same scheduling point (a no-op unless
/// memory-access interleaving is on), around which a replay that captures notes where the task is.
/// </summary>
public static class FieldAccess
{
    /// <summary>A scheduling point before an access to <paramref name="field"/> (<c>Type.Field</c>).</summary>
    public static void Interleave(string field)
    {
        if (TaskStacks.Current is not { } capture)
        {
            SchedulingPoint.InterleaveMemoryAccess();
            return;
        }

        var noted = capture.Note(field);
        SchedulingPoint.InterleaveMemoryAccess();
        capture.Resumed(field, noted);
    }

    /// <summary>Notes where the task is, without a scheduling point (before a call into a checked collection).</summary>
    public static void Note()
    {
        TaskStacks.Current?.Note(field: null);
    }

    /// <summary>Notes where the task is before <paramref name="call"/> (<c>Monitor.Wait</c>...), a call that may wait for a lock or a signal or give one.</summary>
    public static void NoteCall(string call)
    {
        TaskStacks.Current?.NoteCall(call);
    }
}
