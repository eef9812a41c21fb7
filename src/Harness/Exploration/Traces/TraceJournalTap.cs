using StressMaps.Reduction;
using StressMaps.Status;

namespace StressMaps.Harness.Exploration.Traces;

/// <summary>
/// Streams the schedule an engine runs into the worker's trace journal (<see cref="TraceJournal"/>), when one is
/// attached: every step as the scheduler takes it, the last one before each user operation begins, and every 250 ms
/// (<see cref="TraceJournal.PullWith"/>). A worker
/// the user's code ends (a crash, a stack overflow, out of memory, a hang the watchdog kills) leaves its schedule
/// behind, and the next worker bundles it.
/// </summary>
public static class TraceJournalTap
{
    /// <summary>Taps <paramref name="engine"/> (Coyote's <c>TestingEngine</c>) when a journal is attached; dispose the result when the engine is done.</summary>
    public static IDisposable? Attach(object engine)
    {
        if (!TraceJournal.IsAttached)
        {
            return null;
        }

        // Method groups of the plain Status assembly: this rewritten code adds no scheduling point to the schedule it records.
        var tap = TraceTap.Install(engine, TraceJournal.StartIteration, TraceJournal.Append);
        TraceJournal.PullWith(tap.CatchUp);
        return new Detach();
    }

    private sealed class Detach : IDisposable
    {
        public void Dispose() => TraceJournal.PullWith(null);
    }
}
