using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Sessions.ScaleOut;

/// <summary>
/// Combines the run files of the shards of one run (<c>run --shard I/N</c>) into the run file an unsharded
/// run would have written: every cell once, in matrix order, slices merged.
/// </summary>
public static class RunMerger
{
    /// <summary>
    /// Merges <paramref name="shards"/>; throws <see cref="InvalidDataException"/> with one line when they are
    /// not the shards of one run (different options, a shard missing or twice, a cell twice).
    /// </summary>
    public static RunDocument Merge(IReadOnlyList<RunDocument> shards)
    {
        if (shards.Count == 0)
        {
            throw new InvalidDataException("nothing to merge: give the run.json of every shard.");
        }

        var first = shards[0];
        if (shards.FirstOrDefault(shard => !SameRun(shard, first)) is { } other)
        {
            throw new InvalidDataException(
                $"these files are not shards of one run: options {Describe(first)} and {Describe(other)} differ.");
        }

        CheckShardsComplete(shards);
        // A type whose pre-check stopped a worker is tried, and rowed, by every shard of a run over named types: kept once.
        var preChecks = new HashSet<string>();
        var cells = SliceMerger.MergeComplete(PlanOrder(shards).Where(cell => cell.Scenario != KilledCells.PreCheckScenario || preChecks.Add(cell.Map)));
        if (cells.FirstOrDefault(cell => cell.Slice is not null) is { } loose)
        {
            throw new InvalidDataException(
                $"cell {loose.Scenario} × {loose.Map} is missing slices: give the run.json of every shard.");
        }

        var duplicate = cells.GroupBy(cell => (cell.Scenario, cell.Map)).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException(
                $"cell {duplicate.Key.Scenario} × {duplicate.Key.Map} is in more than one file: give each shard once.");
        }

        return first with
        {
            StartedAt = shards.Min(shard => shard.StartedAt),
            // The shards ran side by side, so the merged run took as long as the slowest of them.
            ElapsedSeconds = shards.Max(shard => shard.ElapsedSeconds),
            Partial = shards.Any(shard => shard.Partial),
            Cells = cells.OrderBy(MatrixPosition).ToList(),
            Shard = null,
            Workers = shards.Max(shard => shard.Workers),
        };
    }

    /// <summary>Where a cell sits in the built-in matrix (scenario rows, map columns); unknown names go last.</summary>
    public static int MatrixPosition(CellRecord cell)
    {
        var scenario = ScenarioCatalog.All.ToList().FindIndex(s => s.Name == cell.Scenario);
        var map = TargetCatalog.BuiltIn.ToList().FindIndex(m => m.Name == cell.Map);
        return scenario < 0 || map < 0 ? int.MaxValue : (scenario * TargetCatalog.BuiltIn.Count) + map;
    }

    // Shard I holds the plan's positions I-1, I-1+N, ...: dealing the shards' records out in turn restores the
    // plan's order, which is the only order cells outside the built-in matrix (a user's types) have.
    private static IEnumerable<CellRecord> PlanOrder(IReadOnlyList<RunDocument> shards)
    {
        var ordered = shards.OrderBy(shard => shard.Shard is null ? 0 : ShardSpec.Parse(shard.Shard).Index).ToList();
        return ordered
            .SelectMany((shard, index) => shard.Cells.Select((cell, position) => (Cell: cell, Key: ((long)position * ordered.Count) + index)))
            .OrderBy(record => record.Key)
            .Select(record => record.Cell);
    }

    private static void CheckShardsComplete(IReadOnlyList<RunDocument> shards)
    {
        var specs = shards.Select(shard => shard.Shard is null ? null : ShardSpec.Parse(shard.Shard)).ToList();
        if (specs.All(spec => spec is null))
        {
            return;
        }

        if (specs.Any(spec => spec is null) || specs.Select(spec => spec!.Count).Distinct().Count() > 1)
        {
            throw new InvalidDataException("these files are not shards of one run: their --shard counts differ.");
        }

        var count = specs[0]!.Count;
        if (specs.GroupBy(spec => spec!.Index).FirstOrDefault(group => group.Count() > 1) is { } twice)
        {
            throw new InvalidDataException($"shard {twice.Key}/{count} is given more than once.");
        }

        var missing = Enumerable.Range(1, count).Where(index => specs.All(spec => spec!.Index != index)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException(
                $"shard{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(index => $"{index}/{count}"))} missing: give the run.json of every shard.");
        }
    }

    private static bool SameRun(RunDocument a, RunDocument b) =>
        a.Options with { TimeBudgetSeconds = null } == b.Options with { TimeBudgetSeconds = null } && (a.Slices ?? 1) == (b.Slices ?? 1);

    private static string Describe(RunDocument run) =>
        $"(strategy {run.Options.Strategy}, {run.Options.Iterations} iterations, seed {run.Options.Seed}, max steps {run.Options.MaxSteps}, {run.Slices ?? 1} slices)";
}
