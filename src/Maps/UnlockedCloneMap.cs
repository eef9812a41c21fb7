namespace StressMaps.Maps;

/// <summary>
/// Looks safe and is not: every operation runs under the lock, and <see cref="Snapshot"/> returns a
/// copy, but the copy is taken WITHOUT the lock, so it walks the storage while writers change it.
/// </summary>
/// <remarks>
/// Thread-safety contract: the map's own operations are atomic and linearizable;
/// <see cref="Snapshot"/> is NOT safe against concurrent writes: the copy loop throws "Collection
/// was modified" or copies a torn table. The clone itself, once returned, belongs to the caller.
/// </remarks>
public sealed class UnlockedCloneMap<TKey, TValue> : LockedMapBase<TKey, TValue>
    where TKey : notnull
{
    /// <summary>A copy of the live storage taken without the lock: the bug.</summary>
    public override IReadOnlyDictionary<TKey, TValue> Snapshot()
    {
        // The loop a user writes to copy a map; forgetting `lock (Gate)` around it is the bug shown.
        var clone = new Dictionary<TKey, TValue>();
        foreach (var entry in Entries)
        {
            clone.Add(entry.Key, entry.Value);
        }

        return clone;
    }
}
