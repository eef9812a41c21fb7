using Microsoft.Coyote.Runtime;

namespace StressMaps.Controlled;

/// <summary>
/// What the rewritten code calls before a field load or store, where Coyote's own pass puts
/// <see cref="SchedulingPoint.InterleaveMemoryAccess"/>: the same scheduling point (a no-op unless
/// memory-access interleaving is on), after noting where the task is when a replay captures stacks.
/// </summary>
public static class FieldAccess
{
    /// <summary>A scheduling point before a field access.</summary>
    public static void Interleave()
    {
        if (TaskStacks.IsCapturing)
        {
            TaskStacks.Note();
        }

        SchedulingPoint.InterleaveMemoryAccess();
    }

    /// <summary>Notes where the task is, without a scheduling point (before a call into a checked collection).</summary>
    public static void Note()
    {
        if (TaskStacks.IsCapturing)
        {
            TaskStacks.Note();
        }
    }
}
