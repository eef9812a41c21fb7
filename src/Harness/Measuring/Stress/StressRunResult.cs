namespace StressMaps.Harness.Measuring.Stress;

/// <summary>What one real-thread run of a scenario did: passed, or failed in one way with one message.</summary>
/// <param name="Failure">How it failed, or null when it passed.</param>
/// <param name="Message">The exception or the failed check, or null when it passed.</param>
public sealed record StressRunResult(StressFailureKind? Failure, string? Message)
{
    /// <summary>A run that passed.</summary>
    public static StressRunResult Passed { get; } = new(null, null);

    /// <summary>Whether the run failed.</summary>
    public bool Failed => Failure is not null;
}
