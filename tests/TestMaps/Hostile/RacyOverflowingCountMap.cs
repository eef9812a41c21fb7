namespace StressMaps.TestMaps.Hostile;

/// <summary>
/// HOSTILE, only on some schedules: Set counts its writes without the lock (read, write under the lock, count),
/// and Count overflows the stack when it sees more entries than counted writes, which takes a schedule that
/// lost an update or catches a write between its two halves. A bundle of it replays only along its schedule.
/// </summary>
public sealed class RacyOverflowingCountMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    private int _writes;

    public override int Count
    {
        get
        {
            var entries = base.Count;
            return _writes < entries ? Deeper(0) : entries;
        }
    }

    public override void Set(TKey key, TValue value)
    {
        var seen = _writes;
        base.Set(key, value);
        _writes = seen + 1;
    }

    private static int Deeper(int depth) => depth < 0 ? depth : Deeper(depth + 1) + 1;
}
