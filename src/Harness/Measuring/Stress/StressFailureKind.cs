namespace StressMaps.Harness.Measuring.Stress;

/// <summary>How a real-thread run failed.</summary>
public enum StressFailureKind
{
    /// <summary>A task threw (for example "Collection was modified").</summary>
    Exception,

    /// <summary>Every task finished, but the scenario's final check did not hold (for example a lost update).</summary>
    WrongFinalState,

    /// <summary>The run did not finish within the per-run timeout; its threads were abandoned.</summary>
    Hang,
}
