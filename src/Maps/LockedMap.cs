using System.Collections.ObjectModel;

namespace StressMaps.Maps;

/// <summary>
/// The seed's recommended fix (Go's <c>sync.RWMutex</c> around a map, here a <c>lock</c>): every
/// operation under one lock, and the internal dictionary never leaves the type.
/// </summary>
/// <remarks>
/// Thread-safety contract: every operation is atomic and linearizable. <see cref="Snapshot"/> copies
/// the entries under the lock and hands out a read-only view of that private copy, so a caller can
/// read and enumerate it while others write the map. The copy costs O(n) per call.
/// </remarks>
public sealed class LockedMap<TKey, TValue> : LockedMapBase<TKey, TValue>
    where TKey : notnull
{
    /// <summary>A read-only view of a copy taken under the lock.</summary>
    public override IReadOnlyDictionary<TKey, TValue> Snapshot() => new ReadOnlyDictionary<TKey, TValue>(CopyUnderLock());
}
