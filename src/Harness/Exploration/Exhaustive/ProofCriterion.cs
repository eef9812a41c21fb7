namespace StressMaps.Harness.Exploration.Exhaustive;

/// <summary>
/// Decides from the engine's counts whether a depth-first search covered its whole space. Coyote's
/// DFS stops by itself when no untried choice is left, so fewer iterations than allowed means it
/// ran dry; a schedule cut by the step bound was not explored to its end, so it never counts as covered.
/// </summary>
public static class ProofCriterion
{
    /// <summary>Why the search with these counts ended; only <see cref="SearchEnd.Exhausted"/> is a proof.</summary>
    /// <param name="iterationsRun">Iterations the engine ran (its explored paths).</param>
    /// <param name="iterationsAllowed">The iteration limit the engine was given.</param>
    /// <param name="stepBoundHits">Iterations cut by the step bound.</param>
    /// <param name="bugFound">Whether an iteration failed.</param>
    /// <param name="stoppedFromOutside">Whether the time budget or an interruption stopped the engine.</param>
    public static SearchEnd Decide(int iterationsRun, uint iterationsAllowed, int stepBoundHits, bool bugFound, bool stoppedFromOutside) =>
        bugFound ? SearchEnd.BugFound
        : stoppedFromOutside || iterationsRun >= iterationsAllowed ? SearchEnd.BudgetReached
        : stepBoundHits > 0 ? SearchEnd.StepBoundReached
        : SearchEnd.Exhausted;
}
