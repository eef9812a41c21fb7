using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Sessions.ScaleOut;

/// <summary>
/// Combines the slices of one cell into the cell's record: a bug if any slice found one; iterations and
/// seconds summed; the first bug is the smallest first-bug iteration of any slice, whose message, trace and
/// seed the cell keeps so that the bug can be replayed.
/// </summary>
public static class SliceMerger
{
    /// <summary>The whole cell from all of its slice records (a whole cell's record is returned as it is).</summary>
    public static CellRecord Merge(IReadOnlyList<CellRecord> slices)
    {
        if (slices.Count == 0)
        {
            throw new ArgumentException("A cell has at least one slice.", nameof(slices));
        }

        if (slices is [{ Slice: null } whole])
        {
            return whole;
        }

        var first = slices[0];
        var count = first.Slices ?? 1;
        var numbers = slices.Select(slice => slice.Slice ?? 0).Order().ToList();
        if (slices.Any(slice => slice.Scenario != first.Scenario || slice.Map != first.Map || (slice.Slices ?? 1) != count)
            || !numbers.SequenceEqual(Enumerable.Range(0, count)))
        {
            throw new InvalidDataException(
                $"cell {first.Id.Display} needs slices 0 to {count - 1} exactly once; found {string.Join(", ", numbers)}.");
        }

        var withBug = slices.Where(slice => slice.Verdict == VerdictKind.Bug)
            .OrderBy(slice => slice.FirstBugIteration ?? int.MaxValue)
            .ThenBy(slice => slice.Slice)
            .FirstOrDefault();
        var representative = withBug ?? slices.First(slice => (slice.Slice ?? 0) == 0);
        var iterations = slices.Sum(slice => slice.IterationsExplored);
        var seconds = slices.Sum(slice => slice.ElapsedSeconds);
        var verdict = withBug is not null ? VerdictKind.Bug : slices.All(slice => slice.Verdict == VerdictKind.Skipped) ? VerdictKind.Skipped : VerdictKind.Safe;
        return representative with
        {
            Verdict = verdict,
            Matches = first.Expectation switch
            {
                "bug-expected" => verdict == VerdictKind.Bug,
                "safe-expected" => verdict == VerdictKind.Safe,
                _ => true,
            },
            Options = representative.Options with { Iterations = (uint)slices.Sum(slice => (long)slice.Options.Iterations) },
            IterationsExplored = iterations,
            Schedules = slices.Sum(slice => slice.Schedules),
            ElapsedSeconds = seconds,
            IterationsPerSecond = seconds > 0 ? iterations / seconds : 0,
            Slice = null,
            Slices = count,
        };
    }

    /// <summary>
    /// Merges every cell whose slices are all in <paramref name="records"/>, in the order cells first
    /// appear; the slices of a cell that is not complete are kept as they are.
    /// </summary>
    public static IReadOnlyList<CellRecord> MergeComplete(IEnumerable<CellRecord> records)
    {
        var merged = new List<CellRecord>();
        foreach (var cell in records.GroupBy(record => (record.Scenario, record.Map)))
        {
            var slices = cell.ToList();
            var complete = slices[0].Slice is null || slices.Select(slice => slice.Slice).Distinct().Count() == (slices[0].Slices ?? 1);
            merged.AddRange(complete ? [Merge(slices)] : slices.OrderBy(slice => slice.Slice));
        }

        return merged;
    }
}
