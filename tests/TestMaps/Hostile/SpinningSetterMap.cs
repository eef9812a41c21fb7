namespace StressMaps.TestMaps.Hostile;

/// <summary>HOSTILE: every write spins forever, so even the pre-check's first write never returns.</summary>
public sealed class SpinningSetterMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    public override void Set(TKey key, TValue value)
    {
        while (true)
        {
        }
    }
}
