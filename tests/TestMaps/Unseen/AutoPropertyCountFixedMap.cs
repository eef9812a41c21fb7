namespace StressMaps.TestMaps;

/// <summary>Correct: the auto-property count of <see cref="AutoPropertyCountMap{TKey, TValue}"/>, bumped under the lock.</summary>
public sealed class AutoPropertyCountFixedMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    public int Total { get; private set; }

    public override int Count
    {
        get
        {
            lock (Gate)
            {
                return Total;
            }
        }
    }

    public override void Set(TKey key, TValue value)
    {
        lock (Gate)
        {
            if (Inner.TryAdd(key, value))
            {
                Total++;
            }

            Inner[key] = value;
        }
    }

    public override void Add(TKey key, TValue value)
    {
        lock (Gate)
        {
            Inner.Add(key, value);
            Total++;
        }
    }

    public override bool Remove(TKey key)
    {
        lock (Gate)
        {
            if (!Inner.Remove(key))
            {
                return false;
            }

            Total--;
            return true;
        }
    }
}
