namespace StressMaps.TestMaps.Hostile;

/// <summary>HOSTILE: every write throws InvalidOperationException, the pre-check's first write included.</summary>
public sealed class ThrowingSetterMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    public override void Set(TKey key, TValue value) => throw new InvalidOperationException("the settings are frozen");
}
