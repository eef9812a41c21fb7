namespace StressMaps.TestMaps;

/// <summary>BUG: <see cref="ReaderWriterLockMap{TKey, TValue}"/> with the lock left out of one writer, <c>Remove</c>.</summary>
public sealed class ReaderWriterLockUnlockedRemoveMap<TKey, TValue> : ReaderWriterLockMap<TKey, TValue>
    where TKey : notnull
{
    public override bool Remove(TKey key) => Inner.Remove(key);
}
