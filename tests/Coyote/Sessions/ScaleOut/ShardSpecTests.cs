using StressMaps.Harness.Sessions.ScaleOut;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Tests.Sessions.ScaleOut;

public class ShardSpecTests
{
    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    [InlineData("10/10", 10, 10)]
    public void ParsesIndexOverCount(string text, int index, int count)
    {
        Assert.Equal(new ShardSpec(index, count), ShardSpec.Parse(text));
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("1/0")]
    [InlineData("x")]
    [InlineData("1/2/3")]
    [InlineData("-1/2")]
    [InlineData("")]
    public void RejectsAnythingButOneToNOverN(string text)
    {
        var error = Assert.Throws<FormatException>(() => ShardSpec.Parse(text));
        Assert.Contains("--shard", error.Message);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 3)]
    [InlineData(3, 2)]
    [InlineData(2, 7)]
    [InlineData(5, 40)]
    public void ShardsAreDisjointAndTogetherCoverThePlan(int slices, int shards)
    {
        var plan = WorkPlan.Build(ScenarioCatalog.All, TargetCatalog.BuiltIn, slices);

        var parts = Enumerable.Range(1, shards).Select(index => WorkPlan.ForShard(plan, new ShardSpec(index, shards))).ToList();

        var all = parts.SelectMany(part => part).ToList();
        Assert.Equal(plan.Count, all.Count);
        Assert.Equal(plan.ToHashSet(), all.ToHashSet());
    }

    [Fact]
    public void ThePlanCutsEveryCellIntoItsSlicesInMatrixOrder()
    {
        var plan = WorkPlan.Build([ScenarioCatalog.LostUpdate], [TargetCatalog.Find("unsafe")!, TargetCatalog.Find("locked")!], 2);

        Assert.Equal(
            ["lost-update.unsafe/0", "lost-update.unsafe/1", "lost-update.locked/0", "lost-update.locked/1"],
            plan.Select(unit => $"{unit.Cell}/{unit.Slice}"));
    }
}
