namespace StressMaps.Harness.Verdicts;

/// <summary>What a cell of the matrix should show.</summary>
public enum Expectation
{
    /// <summary>Exploration must find a bug.</summary>
    BugExpected,

    /// <summary>Exploration must run every iteration without one.</summary>
    SafeExpected,

    /// <summary>The scenario needs something the map does not offer; the cell is skipped.</summary>
    NotApplicable,
}
