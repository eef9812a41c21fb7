namespace StressMaps.Harness.Exploration.Execution;

/// <summary>
/// Hands each iteration a fresh <see cref="ScheduleJournal"/> and keeps the last, so a replay can read it
/// while exploring and replaying run the very same test code.
/// </summary>
/// <remarks>
/// With field-level interleaving every field access in rewritten code is a scheduling point, and a replay
/// must meet exactly the points its exploration met. A property setter is not interleaved, so storing the
/// journal through one adds none; a replay that kept its journal in a captured variable would.
/// </remarks>
public sealed class JournalSink
{
    /// <summary>The journal of the last iteration, or null before the first.</summary>
    public ScheduleJournal? Last { get; private set; }

    /// <summary>The calls in flight of the last iteration of a class target, or null.</summary>
    public CallsInFlight? LastInFlight { get; private set; }

    /// <summary>Fresh calls in flight for the iteration of a class target that starts, kept as <see cref="LastInFlight"/>.</summary>
    public CallsInFlight FreshInFlight(int taskCount)
    {
        LastInFlight = new CallsInFlight(taskCount);
        return LastInFlight;
    }

    /// <summary>A fresh journal for the iteration that starts, kept as <see cref="Last"/>.</summary>
    public ScheduleJournal Fresh()
    {
        Last = new ScheduleJournal();
        return Last;
    }
}
