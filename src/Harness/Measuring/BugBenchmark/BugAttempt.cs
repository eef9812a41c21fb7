namespace StressMaps.Harness.Measuring.BugBenchmark;

/// <summary>One column's try at one program with one seed.</summary>
/// <param name="Found">Whether the bug showed within the budget.</param>
/// <param name="Schedules">Schedules (runs, for real threads) until the bug, or all that ran.</param>
/// <param name="Seconds">Seconds until the bug, or all that ran.</param>
/// <param name="Message">The bug's first line, when found.</param>
/// <param name="Replayed">Whether the failing schedule's trace replayed the same bug; null where there is no trace (real threads).</param>
public sealed record BugAttempt(bool Found, int Schedules, double Seconds, string? Message, bool? Replayed);
