using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Bundles;

/// <summary>
/// How the schedule of a bundle ended its worker, for a cell the watchdog killed: a crash, a stack overflow,
/// running out of memory, or a hang Coyote's monitor did not see. Replay, under the watchdog, reports the bug
/// again when the replaying worker ends the same way.
/// </summary>
/// <param name="Verdict">How the worker stopped: <see cref="VerdictKind.Crashed"/>, <see cref="VerdictKind.StackOverflow"/>, <see cref="VerdictKind.OutOfMemory"/> or <see cref="VerdictKind.Hang"/>.</param>
/// <param name="Operation">The user's operation that was running, or null.</param>
/// <param name="ExitCode">The worker's exit code, or null when the watchdog killed it.</param>
/// <param name="Iteration">The schedule's 0-based number in the cell's exploration.</param>
public sealed record WorkerKill(VerdictKind Verdict, string? Operation, int? ExitCode, uint Iteration);

/// <summary>The watchdog's limits when a user bundle's bug was found: replay and shrink default to them.</summary>
/// <param name="HangTimeoutSeconds">Seconds the user's code could run without an operation beginning or returning.</param>
/// <param name="MemoryLimitMegabytes">The worker's managed heap limit.</param>
public sealed record WatchdogSettings(double HangTimeoutSeconds, int MemoryLimitMegabytes);
