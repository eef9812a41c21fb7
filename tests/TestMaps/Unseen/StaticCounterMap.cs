namespace StressMaps.TestMaps;

/// <summary>
/// BUG: counts its adds in a static field bumped outside the lock (reset by each new map, one per
/// schedule). Coyote's pass puts no scheduling point before <c>ldsfld</c>/<c>stsfld</c>; ours does.
/// </summary>
public sealed class StaticCounterMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    private static int s_adds;

    public StaticCounterMap() => s_adds = 0;

    public override int Count => s_adds;

    public override void Set(TKey key, TValue value)
    {
        bool added;
        lock (Gate)
        {
            added = Inner.TryAdd(key, value);
            Inner[key] = value;
        }

        if (added)
        {
            s_adds++;
        }
    }

    public override void Add(TKey key, TValue value)
    {
        lock (Gate)
        {
            Inner.Add(key, value);
        }

        s_adds++;
    }

    public override bool Remove(TKey key)
    {
        bool removed;
        lock (Gate)
        {
            removed = Inner.Remove(key);
        }

        if (removed)
        {
            s_adds--;
        }

        return removed;
    }
}
