namespace StressMaps.Harness.Exploration.Exhaustive;

/// <summary>Why an exhaustive search stopped.</summary>
public enum SearchEnd
{
    /// <summary>The depth-first search ran out of schedules by itself: every one was explored.</summary>
    Exhausted,

    /// <summary>A schedule failed; the search stops at the first bug.</summary>
    BugFound,

    /// <summary>The schedule count or time budget ran out first (or the run was interrupted).</summary>
    BudgetReached,

    /// <summary>The space was walked, but some schedule was cut by the step bound, so it was not explored to its end.</summary>
    StepBoundReached,

    /// <summary>A replayed schedule met other enabled operations than before: the program is not deterministic under its schedule, so the search proves nothing.</summary>
    Diverged,
}
