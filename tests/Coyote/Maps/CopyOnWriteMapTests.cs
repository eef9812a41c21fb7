using StressMaps.Maps;

namespace StressMaps.Tests.Maps;

public class CopyOnWriteMapTests
{
    [Fact]
    public void SnapshotNeverChangesWhileTheMapDoes()
    {
        var map = new CopyOnWriteMap<string, int>();
        map.Set("a", 1);
        var snapshot = map.Snapshot();

        map.Set("a", 2);
        map.Set("b", 3);
        map.Remove("a");

        Assert.Equal(new Dictionary<string, int> { ["a"] = 1 }, snapshot.ToDictionary());
        Assert.Equal(new Dictionary<string, int> { ["b"] = 3 }, map.Snapshot().ToDictionary());
    }

    [Fact]
    public void SnapshotIsTheSameObjectUntilAWriteAndCannotBeWritten()
    {
        var map = new CopyOnWriteMap<string, int>();
        map.Set("a", 1);

        var first = map.Snapshot();

        Assert.Same(first, map.Snapshot());
        Assert.True(((IDictionary<string, int>)first).IsReadOnly);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, int>)first)["a"] = 5);
    }

    [Fact]
    public void RemovingAnAbsentKeyPublishesNothing()
    {
        var map = new CopyOnWriteMap<string, int>();
        map.Set("a", 1);
        var before = map.Snapshot();

        Assert.False(map.Remove("zz"));
        Assert.Same(before, map.Snapshot());
    }

    [Fact]
    public void AddOrUpdateStoresTheAddValueThenTheUpdate()
    {
        var map = new CopyOnWriteMap<string, int>();

        Assert.Equal(1, map.AddOrUpdate("n", 1, (_, current) => current + 1));
        Assert.Equal(2, map.AddOrUpdate("n", 1, (_, current) => current + 1));
        Assert.Equal(1, map.Count);
    }
}
