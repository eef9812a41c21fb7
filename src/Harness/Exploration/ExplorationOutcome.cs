namespace StressMaps.Harness.Exploration;

/// <summary>What one exploration found.</summary>
/// <param name="BugFound">Whether some schedule failed.</param>
/// <param name="BugMessage">The first line of the bug report (the exception or the failed check).</param>
/// <param name="BugDetail">The whole report, stack included.</param>
/// <param name="FirstBugIteration">1-based iteration of the first bug, or null.</param>
/// <param name="IterationsExplored">How many schedules ran.</param>
/// <param name="Elapsed">Wall-clock time of the exploration.</param>
/// <param name="ReproducibleTrace">Coyote's JSON trace of the failing schedule, or null.</param>
public sealed record ExplorationOutcome(
    bool BugFound,
    string? BugMessage,
    string? BugDetail,
    int? FirstBugIteration,
    int IterationsExplored,
    TimeSpan Elapsed,
    string? ReproducibleTrace)
{
    /// <summary>The bug as data (its kind and what the check that found it knew); null when no schedule failed.</summary>
    public Bugs.Bug? Bug { get; init; }

    /// <summary>What an exhaustive search covered; null for a sampling strategy.</summary>
    public Exhaustive.ExhaustiveCoverage? Coverage { get; init; }

    /// <summary>The interleaving coverage of the schedules, when they were counted; else null.</summary>
    public Coverage.InterleavingCoverage? Interleavings { get; init; }

    /// <summary>Schedules explored per second.</summary>
    public double IterationsPerSecond => Elapsed.TotalSeconds > 0 ? IterationsExplored / Elapsed.TotalSeconds : 0;
}
