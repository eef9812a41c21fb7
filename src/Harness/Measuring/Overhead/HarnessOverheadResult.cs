namespace StressMaps.Harness.Measuring.Overhead;

/// <summary>
/// The same cell explored through the harness and on a bare <c>TestingEngine</c>, several rounds each.
/// </summary>
/// <param name="Cell">The cell measured, as <c>scenario × map</c>.</param>
/// <param name="Strategy">The exploration strategy both sides used.</param>
/// <param name="Seed">The seed both sides used (the cell's own seed).</param>
/// <param name="Iterations">Schedules each round explored, on each side.</param>
/// <param name="HarnessIterationsPerSecond">Iterations a second through the harness, one entry per round.</param>
/// <param name="BareIterationsPerSecond">Iterations a second on the bare engine, one entry per round.</param>
public sealed record HarnessOverheadResult(
    string Cell,
    string Strategy,
    uint Seed,
    uint Iterations,
    IReadOnlyList<double> HarnessIterationsPerSecond,
    IReadOnlyList<double> BareIterationsPerSecond)
{
    /// <summary>The target the issue sets: the harness at most 15 % slower than bare Coyote.</summary>
    public const double Target = 1.15;

    /// <summary>Median iterations a second through the harness.</summary>
    public double HarnessMedian => Median(HarnessIterationsPerSecond);

    /// <summary>Median iterations a second on the bare engine.</summary>
    public double BareMedian => Median(BareIterationsPerSecond);

    /// <summary>The overhead: how many times longer an iteration takes through the harness (1.00 is none).</summary>
    public double Ratio => HarnessMedian > 0 ? BareMedian / HarnessMedian : double.PositiveInfinity;

    /// <summary>Whether <see cref="Ratio"/> is within <see cref="Target"/>.</summary>
    public bool MeetsTarget => Ratio <= Target;

    /// <summary>The median of <paramref name="values"/>: the mean of the middle two for an even count.</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
