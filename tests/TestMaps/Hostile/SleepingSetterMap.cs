namespace StressMaps.TestMaps.Hostile;

/// <summary>HOSTILE: every write sleeps forever, so even the pre-check's first write never returns.</summary>
public sealed class SleepingSetterMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    public override void Set(TKey key, TValue value) => Thread.Sleep(Timeout.Infinite);
}
