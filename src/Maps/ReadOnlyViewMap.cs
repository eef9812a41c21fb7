using System.Collections.ObjectModel;

namespace StressMaps.Maps;

/// <summary>
/// Looks safe and is not: every operation runs under the lock, but <see cref="Snapshot"/> hands out a
/// <see cref="ReadOnlyDictionary{TKey, TValue}"/> over the LIVE internal dictionary. Callers cannot
/// write through it, yet the owner keeps writing underneath while they read.
/// </summary>
/// <remarks>
/// Thread-safety contract: the map's own operations are atomic and linearizable; the view is NOT
/// thread-safe. Reading or enumerating the view while any thread writes the map is a data race:
/// enumeration throws "Collection was modified", lookups may see a torn table. "Read-only"
/// restricts who may write, not when others do.
/// </remarks>
public sealed class ReadOnlyViewMap<TKey, TValue> : LockedMapBase<TKey, TValue>
    where TKey : notnull
{
    private readonly ReadOnlyDictionary<TKey, TValue> _view;

    /// <summary>Creates an empty map and its one read-only view.</summary>
    public ReadOnlyViewMap() => _view = new ReadOnlyDictionary<TKey, TValue>(Entries);

    /// <summary>The read-only view over the live storage: the subtle leak.</summary>
    public override IReadOnlyDictionary<TKey, TValue> Snapshot() => _view;
}
