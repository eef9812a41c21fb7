using System.Diagnostics;

namespace StressMaps.Harness.Sessions.ScaleOut;

/// <summary>How a run of the built-in matrix is cut and spread (<c>run --parallel</c>, <c>--shard</c>, <c>--slices</c>).</summary>
/// <param name="Workers">Worker processes (1: explore in this process).</param>
/// <param name="Shard">This process's shard, or null for all of the plan.</param>
/// <param name="Slices">Slices per cell.</param>
/// <param name="StartWorker">How to start one worker process (the tool in its <c>worker</c> mode); needed when <paramref name="Workers"/> is over 1.</param>
public sealed record ScaleOutLayout(int Workers, ShardSpec? Shard, int Slices, Func<ProcessStartInfo>? StartWorker = null);
