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

    /// <summary>The user's code made no progress (no call began or returned) within the hang timeout: a spin or a wait that never ends.</summary>
    Hang,

    /// <summary>The user's code ended the process: <c>Environment.Exit</c>, <c>Environment.FailFast</c>, an exception on a thread of its own.</summary>
    Crashed,

    /// <summary>The user's code overflowed the stack, which the runtime answers by aborting the process.</summary>
    StackOverflow,

    /// <summary>The user's code allocated past the worker's memory limit.</summary>
    OutOfMemory,
}
