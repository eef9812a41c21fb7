namespace StressMaps.TestMaps;

/// <summary>BUG: <see cref="LockFieldMap{TKey, TValue}"/> with the lock left out of one writer, <c>Set</c>.</summary>
public sealed class LockFieldUnlockedSetMap<TKey, TValue> : LockFieldMap<TKey, TValue>
    where TKey : notnull
{
    public override void Set(TKey key, TValue value) => Inner[key] = value;
}
