namespace StressMaps.TestMaps.Classes;

/// <summary>Made only with a clock, which no argument domain fills: it needs a factory (<see cref="ClockedCacheFactory"/>).</summary>
public sealed class ClockedCache(TimeProvider clock)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _written = [];

    public void Put(string key)
    {
        lock (_gate)
        {
            _written[key] = clock.GetUtcNow();
        }
    }

    public bool Has(string key)
    {
        lock (_gate)
        {
            return _written.ContainsKey(key);
        }
    }
}

/// <summary>What a team writes for <c>--factory</c>: the dependencies its tests use.</summary>
public static class ClockedCacheFactory
{
    public static ClockedCache ForTests(int capacity) =>
        capacity >= 1 ? new ClockedCache(TimeProvider.System) : throw new ArgumentOutOfRangeException(nameof(capacity));
}
