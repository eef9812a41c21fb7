using System.Collections.ObjectModel;
using StressMaps.Maps;

namespace StressMaps.TestMaps;

/// <summary>
/// Correct, and written against the project's own map contract (through its lock-based base class):
/// snapshots are private copies taken under the lock.
/// </summary>
public sealed class OwnContractMap<TKey, TValue> : LockedMapBase<TKey, TValue>
    where TKey : notnull
{
    public override IReadOnlyDictionary<TKey, TValue> Snapshot() => new ReadOnlyDictionary<TKey, TValue>(CopyUnderLock());
}
