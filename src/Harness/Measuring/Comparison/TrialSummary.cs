namespace StressMaps.Harness.Measuring.Comparison;

/// <summary>
/// How one method did on one cell over many trials: the detection rate, and the distribution of
/// iterations (or runs) and seconds to the first bug.
/// </summary>
/// <remarks>
/// Percentiles are taken over every trial, a trial that found nothing counting as "more than any":
/// a median that lands on such a trial is null ("not reached"), which is honest where a percentile
/// of the successful trials only would flatter a method that mostly fails.
/// </remarks>
public sealed record TrialSummary
{
    /// <summary>"exploration" or "stress".</summary>
    public required string Method { get; init; }

    /// <summary>The exploration strategy, or null for stress.</summary>
    public string? Strategy { get; init; }

    /// <summary>"iterations" or "runs": what <see cref="ToFirstBug"/> counts.</summary>
    public required string Unit { get; init; }

    /// <summary>The cap of one trial: iterations for exploration, null for stress (which is capped by time).</summary>
    public int? AttemptCap { get; init; }

    /// <summary>Wall-clock budget of one stress trial in seconds, or null for exploration.</summary>
    public double? TrialBudgetSeconds { get; init; }

    /// <summary>Trials made.</summary>
    public required int Trials { get; init; }

    /// <summary>Trials that found the bug.</summary>
    public required int Detected { get; init; }

    /// <summary><see cref="Detected"/> / <see cref="Trials"/>.</summary>
    public double DetectionRate => Trials == 0 ? 0 : (double)Detected / Trials;

    /// <summary>Median iterations or runs to the first bug, or null when not reached.</summary>
    public double? MedianToFirstBug { get; init; }

    /// <summary>95th percentile of iterations or runs to the first bug, or null when not reached.</summary>
    public double? P95ToFirstBug { get; init; }

    /// <summary>Median seconds to the first bug, or null when not reached.</summary>
    public double? MedianSecondsToFirstBug { get; init; }

    /// <summary>95th percentile of seconds to the first bug, or null when not reached.</summary>
    public double? P95SecondsToFirstBug { get; init; }

    /// <summary>Wall-clock seconds over every trial.</summary>
    public required double TotalSeconds { get; init; }

    /// <summary>Iterations or runs over every trial.</summary>
    public required long TotalAttempts { get; init; }

    /// <summary>Iterations or runs to the first bug of each trial that found it, in trial order (the histogram's data).</summary>
    public required IReadOnlyList<int> ToFirstBug { get; init; }

    /// <summary>Summarizes <paramref name="trials"/>.</summary>
    public static TrialSummary Of(
        string method, string? strategy, string unit, IReadOnlyList<Trial> trials, int? attemptCap = null, double? trialBudgetSeconds = null)
    {
        var found = trials.Where(trial => trial.Found).ToList();
        return new TrialSummary
        {
            Method = method,
            Strategy = strategy,
            Unit = unit,
            AttemptCap = attemptCap,
            TrialBudgetSeconds = trialBudgetSeconds,
            Trials = trials.Count,
            Detected = found.Count,
            MedianToFirstBug = Percentile(found.Select(trial => (double)trial.Attempts), trials.Count, 0.5),
            P95ToFirstBug = Percentile(found.Select(trial => (double)trial.Attempts), trials.Count, 0.95),
            MedianSecondsToFirstBug = Percentile(found.Select(trial => trial.Seconds), trials.Count, 0.5),
            P95SecondsToFirstBug = Percentile(found.Select(trial => trial.Seconds), trials.Count, 0.95),
            TotalSeconds = trials.Sum(trial => trial.Seconds),
            TotalAttempts = trials.Sum(trial => (long)trial.Attempts),
            ToFirstBug = found.Select(trial => trial.Attempts).ToList(),
        };
    }

    /// <summary>
    /// The nearest-rank <paramref name="fraction"/> percentile of <paramref name="total"/> trials of which
    /// <paramref name="successes"/> found the bug; null when the rank falls on a trial that found nothing.
    /// </summary>
    public static double? Percentile(IEnumerable<double> successes, int total, double fraction)
    {
        if (total == 0)
        {
            return null;
        }

        var sorted = successes.Order().ToList();
        var rank = Math.Max(1, (int)Math.Ceiling(fraction * total));
        return rank <= sorted.Count ? sorted[rank - 1] : null;
    }
}
