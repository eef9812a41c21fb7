using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Sessions.ScaleOut;

/// <summary>
/// Which records of a shard or a sliced run get a bundle: one per cell, from the whole cell's record, or, for
/// a cell whose slices are spread over shards, from this shard's slice whose bug came first (the one the slice
/// merge keeps, if no other shard's came sooner).
/// </summary>
public static class ScaleOutBundles
{
    /// <summary>The records that stand for their cell's bug, in the order given.</summary>
    public static IReadOnlyList<CellRecord> Chosen(IReadOnlyList<CellRecord> cells) => cells
        .Where(cell => cell is { Verdict: VerdictKind.Bug, Trace: not null })
        .GroupBy(cell => cell.Id)
        .Select(cell => cell.OrderBy(slice => slice.FirstBugIteration ?? int.MaxValue).ThenBy(slice => slice.Slice).First())
        .ToList();
}
