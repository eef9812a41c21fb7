using System.Text.Json.Serialization;

namespace StressMaps.Harness.Exploration.Bugs;

/// <summary>
/// What kind of bug a schedule showed, as the check that found it knows it: the oracles name their own,
/// Coyote's checks theirs (see <see cref="UntypedBugs"/>), the watchdog a hang. Shrinking's signature,
/// SARIF's rule, the reports and dedup read this, never the message.
/// </summary>
[JsonConverter(typeof(BugKindJson))]
public enum BugKind
{
    /// <summary>Two tasks touched the same field or checked collection at once, one writing (Coyote's race check).</summary>
    DataRace,

    /// <summary>Two calls overlapped that the target's declared contract forbids (the contract monitor).</summary>
    ContractViolation,

    /// <summary>No sequential order of the calls gives every call the answer it got (the linearizability oracle).</summary>
    NotLinearizable,

    /// <summary>The scenario's final check did not hold after every task finished (a lost update).</summary>
    FinalCheck,

    /// <summary>Every task was blocked waiting on another.</summary>
    Deadlock,

    /// <summary>A concurrent test's task waited for a signal (<c>Monitor.Wait</c>, a semaphore) no task was left to give.</summary>
    LostWakeup,

    /// <summary>A schedule reached the step bound: a spin or a livelock.</summary>
    StepBound,

    /// <summary>A task threw an exception that is not a call's answer.</summary>
    Crash,

    /// <summary>A schedule never finished: Coyote's monitor saw no scheduling step for its timeout, or the watchdog stopped the cell.</summary>
    Hang,
}
