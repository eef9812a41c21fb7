using System.Text.Json.Serialization;

namespace StressMaps.Harness.Verdicts;

/// <summary>What exploring one cell concluded. Stored in files as one lower-case word (<see cref="VerdictKindJson"/>).</summary>
[JsonConverter(typeof(VerdictKindJson))]
public enum VerdictKind
{
    /// <summary>No explored schedule showed a bug (as good as the exploration behind it).</summary>
    Safe,

    /// <summary>A schedule showed a bug.</summary>
    Bug,

    /// <summary>Not explored: the target lacks what the scenario needs.</summary>
    Skipped,

    /// <summary>An exhaustive search explored every schedule (within its stated scope) and none showed a bug.</summary>
    Proved,

    /// <summary>
    /// Not explored: the target calls a synchronization primitive neither Coyote nor StressMaps' stand-ins
    /// control (<c>ManualResetEventSlim</c>, <c>SpinLock</c>, <c>Mutex</c>...), where exploring would give false deadlocks.
    /// </summary>
    Unsupported,
}
