namespace StressMaps.Harness.Measuring.Comparison;

/// <summary>One bug-expected cell, as exploration and stress found it, side by side.</summary>
public sealed record ComparisonCell
{
    /// <summary>The scenario's name.</summary>
    public required string Scenario { get; init; }

    /// <summary>The map's name.</summary>
    public required string Map { get; init; }

    /// <summary>Why a bug is expected.</summary>
    public required string Reason { get; init; }

    /// <summary>The cell's own seed, from which each exploration trial's spread seed derives.</summary>
    public required uint CellSeed { get; init; }

    /// <summary>One summary per strategy, in the order asked.</summary>
    public required IReadOnlyList<TrialSummary> Exploration { get; init; }

    /// <summary>Stress mode over the same wall-clock budget.</summary>
    public required TrialSummary Stress { get; init; }

    /// <summary>The first failure stress saw (kind and message), or null.</summary>
    public string? StressFirstFailure { get; init; }

    /// <summary>Stress's time per found bug over the first strategy's; null when that strategy found nothing.</summary>
    public TimeToBugRatio? TimeToBugRatio => Exploration.Count == 0 ? null : Comparison.TimeToBugRatio.Of(Exploration[0], Stress);
}
