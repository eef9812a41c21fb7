using StressMaps.Maps;

namespace StressMaps.Harness.Measuring.Stress;

/// <summary>
/// Makes sure the rewritten maps and harness run on the real .NET APIs before stress-testing them.
/// </summary>
/// <remarks>
/// Coyote's rewritten calls pass straight through to the real ones when no test is running
/// (<c>SchedulingPoint.Interleave</c> and the <c>Monitor</c>, <c>Task</c> and <c>Thread</c> shims check the
/// current runtime's scheduling policy). One thing is process-wide: while any Coyote test engine is
/// alive in the process, every rewritten <c>new Dictionary</c> makes Coyote's race-checking subclass,
/// on any thread. Stress runs must therefore not overlap an exploration in the same process.
/// </remarks>
public static class PassThroughCheck
{
    /// <summary>Whether a rewritten <c>new Dictionary</c> makes a plain dictionary right now.</summary>
    public static bool DictionariesArePlain() =>
        new UnsafeMap<string, int>().Snapshot().GetType() == typeof(Dictionary<string, int>);

    /// <summary>Throws when a Coyote engine in this process would swap the real collections out.</summary>
    public static void EnsureUncontrolled()
    {
        if (!DictionariesArePlain())
        {
            throw new InvalidOperationException(
                "A Coyote test engine is running in this process, so the maps would get Coyote's checked collections; " +
                "stress mode must run when no exploration is in progress.");
        }
    }
}
