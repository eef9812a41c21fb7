using Microsoft.Coyote.Runtime;
using StressMaps.Frames;

namespace StressMaps.Controlled;

/// <summary>
/// What the rewritten code calls before a field load or store, where Coyote's own pass puts
/// <see cref="SchedulingPoint.InterleaveMemoryAccess"/>: the same scheduling point (a no-op unless
/// memory-access interleaving is on), around which a replay that captures notes where the task is,
/// and which an exploration that records coverage counts (<see cref="AccessCoverage"/>).
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

    /// <summary>
    /// A scheduling point before an access to <paramref name="field"/> at <paramref name="site"/> (a store when
    /// <paramref name="write"/>). The access is counted after the point: the schedule has chosen its turn.
    /// </summary>
    public static void Interleave(string field, string site, bool write)
    {
        Interleave(field);
        AccessCoverage.Access(field, site, write);
    }

    /// <summary>Notes where the task is, without a scheduling point (before a call into a checked collection).</summary>
    public static void Note()
    {
        TaskStacks.Current?.Note(field: null);
    }

    /// <summary>Before a call into the checked collection <paramref name="collection"/> at <paramref name="site"/>: notes and counts it.</summary>
    public static void Collection(string collection, string site, bool write)
    {
        Note();
        AccessCoverage.Access(collection, site, write);
    }

    /// <summary>Notes where the task is before <paramref name="call"/> (<c>Monitor.Wait</c>...), a call that may wait for a lock or a signal or give one.</summary>
    public static void NoteCall(string call)
    {
        TaskStacks.Current?.NoteCall(call);
    }
}
