using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Measuring.Comparison;

/// <summary>
/// The time-to-first-bug ratios of a comparison's cells in one line: their median and the smallest,
/// lower bounds counted at their bound (so the figures can only understate exploration's lead).
/// </summary>
/// <param name="Cells">Cells with a ratio (exploration found the bug at least once).</param>
/// <param name="Median">The median ratio (nearest rank).</param>
/// <param name="Smallest">The smallest ratio.</param>
/// <param name="SmallestCell">The cell with the smallest ratio, as <c>scenario × map</c>.</param>
public sealed record TimeToBugSummary(int Cells, double Median, double Smallest, string SmallestCell)
{
    /// <summary>Summarizes the cells of <paramref name="cells"/> that have a ratio; null when none has.</summary>
    public static TimeToBugSummary? Of(IEnumerable<ComparisonCell> cells)
    {
        var rated = cells
            .Where(cell => cell.TimeToBugRatio is not null)
            .Select(cell => (Cell: new CellId(cell.Scenario, cell.Map).Display, cell.TimeToBugRatio!.Ratio))
            .OrderBy(cell => cell.Ratio)
            .ToList();
        return rated.Count == 0
            ? null
            : new TimeToBugSummary(rated.Count, rated[(rated.Count - 1) / 2].Ratio, rated[0].Ratio, rated[0].Cell);
    }

    /// <summary>"median 25.0×, smallest 3.4× (lost-update × unlocked-clone), over 15 cells".</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"median {Median:0.0}×, smallest {Smallest:0.0}× ({SmallestCell}), over {Cells} cell{(Cells == 1 ? "" : "s")}");
}
