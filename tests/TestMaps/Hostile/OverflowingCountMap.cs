namespace StressMaps.TestMaps.Hostile;

/// <summary>HOSTILE: Count recurses until the stack overflows.</summary>
public sealed class OverflowingCountMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    public override int Count => Deeper(0);

    private static int Deeper(int depth) => depth < 0 ? depth : Deeper(depth + 1) + 1;
}
