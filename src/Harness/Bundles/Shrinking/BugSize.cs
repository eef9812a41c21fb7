namespace StressMaps.Harness.Bundles.Shrinking;

/// <summary>The size of a bug: the smaller, the easier to read.</summary>
/// <param name="Tasks">Concurrent tasks.</param>
/// <param name="Operations">Map operations over all tasks (setup excluded).</param>
/// <param name="Steps">Steps in the Coyote trace (a prefix once shrunk; the run continues without preemptions).</param>
/// <param name="Preemptions">Times the schedule switched away from a task that still had work to do.</param>
public sealed record BugSize(int Tasks, int Operations, int Steps, int Preemptions);

/// <summary>What shrinking did.</summary>
/// <param name="Before">The size as found.</param>
/// <param name="After">The size as bundled.</param>
/// <param name="Seconds">Wall-clock seconds spent shrinking.</param>
/// <param name="CandidatesTried">Scenarios and schedules tried.</param>
public sealed record ShrinkRecord(BugSize Before, BugSize After, double Seconds, int CandidatesTried)
{
    /// <summary>
    /// For each task of the shrunk scenario, its number (1-based) in the scenario as found, when shrinking dropped a
    /// task (<c>[1, 3]</c>); null when every task was kept. What is printed beside the bug as found numbers tasks by it.
    /// </summary>
    public IReadOnlyList<int>? TasksAsFound { get; init; }
}
