using StressMaps.Harness.Sessions.ScaleOut;
using StressMaps.Harness.Sessions.Watchdog;

namespace StressMaps.Harness.Sessions.Workers;

/// <summary>One line a parent sends a worker process: exactly one of its members is set.</summary>
/// <param name="Unit">A work unit of the built-in matrix (<c>run --parallel</c>): answered with one cell record.</param>
/// <param name="UserRun">A run over a user's types, typed (<c>run --type</c>): answered with <see cref="UserRunEvent"/>s.</param>
/// <param name="Bundle">A user's bundle to replay or shrink: answered with one <see cref="BundleJobAnswer"/>.</param>
public sealed record WorkerRequest(WorkRequest? Unit = null, UserRunRequest? UserRun = null, BundleJob? Bundle = null);
