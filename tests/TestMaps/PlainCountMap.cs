namespace StressMaps.TestMaps;

/// <summary>
/// BUG: keeps its count in a plain field incremented outside the lock. No collection call separates
/// the read of <c>_count</c> from its write, so only field-level interleaving finds the lost increment.
/// </summary>
public sealed class PlainCountMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    private int _count;

    public override int Count => _count;

    public override void Set(TKey key, TValue value)
    {
        bool added;
        lock (Gate)
        {
            added = !Inner.ContainsKey(key);
            Inner[key] = value;
        }

        if (added)
        {
            _count++;
        }
    }

    public override void Add(TKey key, TValue value)
    {
        lock (Gate)
        {
            Inner.Add(key, value);
        }

        _count++;
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
            _count--;
        }

        return removed;
    }
}
