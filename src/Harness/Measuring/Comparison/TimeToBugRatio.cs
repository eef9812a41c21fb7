using System.Globalization;

namespace StressMaps.Harness.Measuring.Comparison;

/// <summary>
/// How much longer stress takes than exploration to find a cell's bug: the wall-clock seconds each
/// method spent over all its trials per trial that found the bug, stress's over exploration's.
/// </summary>
/// <remarks>
/// Per found bug rather than a median, because stress rarely finds the bug in most trials, so its
/// median is not reached. When stress found nothing its time per bug is more than all the time it
/// had, so the ratio is a lower bound (<see cref="IsLowerBound"/>), taken as if it had found one.
/// </remarks>
/// <param name="ExplorationSecondsPerBug">Exploration's seconds over every trial, per trial that found the bug.</param>
/// <param name="StressSecondsPerBug">Stress's seconds over every trial, per trial that found the bug (or all its seconds when none did).</param>
/// <param name="IsLowerBound">Whether stress found nothing, so the true ratio is larger.</param>
public sealed record TimeToBugRatio(double ExplorationSecondsPerBug, double StressSecondsPerBug, bool IsLowerBound)
{
    /// <summary>Stress's seconds per found bug over exploration's: above 1, exploration finds the bug sooner.</summary>
    public double Ratio => StressSecondsPerBug / ExplorationSecondsPerBug;

    /// <summary>The ratio of <paramref name="exploration"/> against <paramref name="stress"/>, or null when exploration found nothing.</summary>
    public static TimeToBugRatio? Of(TrialSummary exploration, TrialSummary stress) =>
        exploration.Detected == 0 || exploration.TotalSeconds <= 0
            ? null
            : new TimeToBugRatio(
                exploration.TotalSeconds / exploration.Detected,
                stress.TotalSeconds / Math.Max(1, stress.Detected),
                stress.Detected == 0);

    /// <summary>"38.5×", or "≥ 100.0×" for a lower bound.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(IsLowerBound ? "≥ " : "")}{Ratio:0.0}×");
}
