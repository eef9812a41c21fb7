namespace StressMaps.Harness.Measuring.Stress;

/// <summary>What stress-testing one cell on real threads found.</summary>
/// <param name="Runs">Runs made.</param>
/// <param name="Exceptions">Runs in which a task threw.</param>
/// <param name="WrongFinalStates">Runs that finished with the final check failing.</param>
/// <param name="Hangs">Runs that did not finish within the per-run timeout.</param>
/// <param name="FirstFailingRun">1-based index of the first failing run, or null.</param>
/// <param name="FirstFailure">How the first failing run failed, or null.</param>
/// <param name="FirstFailureMessage">The first failing run's exception or failed check, or null.</param>
/// <param name="TimeToFirstFailure">Wall-clock time from the cell's start to the end of the first failing run, or null.</param>
/// <param name="Elapsed">Wall-clock time of the cell.</param>
/// <param name="LockContentions">Times a thread found a <c>lock</c> taken (<c>Monitor.LockContentionCount</c> delta).</param>
/// <param name="LockWaitTime">Time threads spent waiting for a taken <c>lock</c>, summed over threads; null when the runtime's contention events did not arrive.</param>
public sealed record StressOutcome(
    int Runs,
    int Exceptions,
    int WrongFinalStates,
    int Hangs,
    int? FirstFailingRun,
    StressFailureKind? FirstFailure,
    string? FirstFailureMessage,
    TimeSpan? TimeToFirstFailure,
    TimeSpan Elapsed,
    long LockContentions,
    TimeSpan? LockWaitTime)
{
    /// <summary>Runs that failed in any way.</summary>
    public int FailedRuns => Exceptions + WrongFinalStates + Hangs;

    /// <summary>Runs per second.</summary>
    public double RunsPerSecond => Elapsed.TotalSeconds > 0 ? Runs / Elapsed.TotalSeconds : 0;
}
