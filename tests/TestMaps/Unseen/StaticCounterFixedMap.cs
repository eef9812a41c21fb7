namespace StressMaps.TestMaps;

/// <summary>Correct: the static count of <see cref="StaticCounterMap{TKey, TValue}"/>, bumped with <see cref="Interlocked"/>.</summary>
public sealed class StaticCounterFixedMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    private static int s_adds;

    public StaticCounterFixedMap() => s_adds = 0;

    public override int Count => Volatile.Read(ref s_adds);

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
            Interlocked.Increment(ref s_adds);
        }
    }

    public override void Add(TKey key, TValue value)
    {
        lock (Gate)
        {
            Inner.Add(key, value);
        }

        Interlocked.Increment(ref s_adds);
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
            Interlocked.Decrement(ref s_adds);
        }

        return removed;
    }
}
