using StressMaps.Harness.Oracles;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Sessions.ScaleOut;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Tests.Sessions.ScaleOut;

public class RunMergerTests
{
    private static readonly ExplorationOptions Options = new(Iterations: 50);
    private static readonly IReadOnlyList<Scenario> Scenarios = [ScenarioCatalog.WriterVersusReader, ScenarioCatalog.AtomicUpdate];
    private static readonly IReadOnlyList<Target> Maps = [TargetCatalog.Find("unsafe")!, TargetCatalog.Find("locked")!];

    [Fact]
    public void MergedShardsEqualAnUnshardedRun()
    {
        var unsharded = RunDocumentBuilder.Build(Options, CellRunner.ExploreAll(Scenarios, Maps, Cell.Matrix, _ => Options), DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(1));
        var shards = new[] { new ShardSpec(2, 3), new ShardSpec(1, 3), new ShardSpec(3, 3) }.Select(Shard).ToList();

        var merged = RunMerger.Merge(shards);

        Assert.Equal(unsharded.Cells.Select(Comparable), merged.Cells.Select(Comparable));
        Assert.Null(merged.Shard);
    }

    [Fact]
    public void AMissingShardIsNamed()
    {
        var error = Assert.Throws<InvalidDataException>(() => RunMerger.Merge([Shard(new ShardSpec(1, 3)), Shard(new ShardSpec(3, 3))]));

        Assert.Contains("2/3 missing", error.Message);
    }

    [Fact]
    public void ShardsOfDifferentRunsAreRefused()
    {
        var other = Shard(new ShardSpec(2, 2)) with { Options = new OptionsRecord("random", 50, Options.Seed, Options.MaxSteps, null) };

        var error = Assert.Throws<InvalidDataException>(() => RunMerger.Merge([Shard(new ShardSpec(1, 2)), other]));

        Assert.Contains("not shards of one run", error.Message);
    }

    private static RunDocument Shard(ShardSpec shard)
    {
        var units = WorkPlan.ForShard(WorkPlan.Build(Scenarios, Maps, 1), shard);
        return RunDocumentBuilder.Build(Options, [], DateTimeOffset.UnixEpoch, TimeSpan.FromSeconds(1)) with
        {
            Cells = units.Select(unit => UnitRunner.Run(unit, Options)).ToList(),
            Shard = shard.ToString(),
        };
    }

    // Everything but the timings, which differ from run to run.
    private static object Comparable(CellRecord cell) =>
        (cell.Scenario, cell.Map, cell.Verdict, cell.Matches, cell.Options, cell.IterationsExplored, cell.FirstBugIteration, cell.BugMessage);
}
