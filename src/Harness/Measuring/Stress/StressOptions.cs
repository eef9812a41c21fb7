namespace StressMaps.Harness.Measuring.Stress;

/// <summary>How one cell is stress-tested on real threads.</summary>
/// <param name="Runs">How many runs at most.</param>
/// <param name="TimeBudget">Wall-clock limit for the cell, or null for none; the cell stops at whichever comes first.</param>
/// <param name="RunTimeout">How long one run may take before it counts as a hang and its threads are abandoned.</param>
/// <param name="StopAtFirstFailure">Whether to stop at the first failing run (as exploration stops at the first bug).</param>
public sealed record StressOptions(
    int Runs = StressOptions.DefaultRuns,
    TimeSpan? TimeBudget = null,
    TimeSpan? RunTimeout = null,
    bool StopAtFirstFailure = false)
{
    /// <summary>Default runs per cell.</summary>
    public const int DefaultRuns = 10_000;

    /// <summary>Default per-run timeout: the built-in scenarios finish in microseconds.</summary>
    public static readonly TimeSpan DefaultRunTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The per-run timeout in force.</summary>
    public TimeSpan EffectiveRunTimeout => RunTimeout ?? DefaultRunTimeout;
}
