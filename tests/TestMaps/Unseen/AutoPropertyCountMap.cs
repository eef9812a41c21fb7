namespace StressMaps.TestMaps;

/// <summary>
/// BUG: counts its entries in an auto-property bumped outside the lock. <c>Total++</c> is a call to the
/// getter and one to the setter; the field load and store sit inside the accessors, where Coyote's own
/// pass puts no scheduling point, so only our pass finds the lost update.
/// </summary>
public class AutoPropertyCountMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    public int Total { get; private set; }

    public override int Count => Total;

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
            Total++;
        }
    }

    public override void Add(TKey key, TValue value)
    {
        lock (Gate)
        {
            Inner.Add(key, value);
        }

        Total++;
    }

    public override bool Remove(TKey key)
    {
        lock (Gate)
        {
            if (!Inner.Remove(key))
            {
                return false;
            }
        }

        Total--;
        return true;
    }
}
