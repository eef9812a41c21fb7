namespace StressMaps.TestMaps.Hostile;

/// <summary>HOSTILE: Count allocates without bound, 64 MB at a time, and keeps it all.</summary>
public sealed class HoardingCountMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    private readonly List<byte[]> _hoard = [];

    public override int Count
    {
        get
        {
            while (true)
            {
                _hoard.Add(new byte[64 << 20]);
            }
        }
    }
}
