namespace StressMaps.Harness.Watchdog;

/// <summary>
/// How the user's code stopped a worker process: the verdicts a cell gets when its exploration could not
/// finish. (They join the run's verdict kind once there is one type for all verdicts.)
/// </summary>
public enum KillKind
{
    /// <summary>No operation began or returned within the hang timeout: a spin or a wait that never ends.</summary>
    Hang,

    /// <summary>The process ended on its own: <c>Environment.Exit</c>, <c>Environment.FailFast</c>, an exception on a thread of its own.</summary>
    Crashed,

    /// <summary>The runtime aborted the process on a stack overflow.</summary>
    StackOverflow,

    /// <summary>The process reached its memory limit.</summary>
    OutOfMemory,
}
