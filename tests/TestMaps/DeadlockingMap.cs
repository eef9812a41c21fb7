namespace StressMaps.TestMaps;

/// <summary>BUG: writes take lock A then B, removals B then A: a write and a removal can deadlock.</summary>
public sealed class DeadlockingMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    private readonly object _second = new();

    public override void Set(TKey key, TValue value)
    {
        lock (Gate)
        {
            lock (_second)
            {
                Inner[key] = value;
            }
        }
    }

    public override bool Remove(TKey key)
    {
        lock (_second)
        {
            lock (Gate)
            {
                return Inner.Remove(key);
            }
        }
    }
}
