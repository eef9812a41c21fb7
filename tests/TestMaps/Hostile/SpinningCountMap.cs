namespace StressMaps.TestMaps.Hostile;

/// <summary>HOSTILE: Count spins forever without a scheduling point (a property getter, which Coyote does not interleave).</summary>
public sealed class SpinningCountMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    public override int Count
    {
        get
        {
            while (true)
            {
            }
        }
    }
}
