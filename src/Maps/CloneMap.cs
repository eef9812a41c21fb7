namespace StressMaps.Maps;

/// <summary>
/// The seed's "clone before handing out" fix (Go's <c>maps.Clone</c>): every operation under one
/// lock, and <see cref="Snapshot"/> hands each caller a deep copy it owns and may write.
/// </summary>
/// <remarks>
/// Thread-safety contract: every operation is atomic and linearizable. The copy is taken under the
/// lock; values are cloned with the function given to the constructor (default: copied as they
/// are, which is a deep copy for value types and immutable values). Writes to a clone never reach
/// the map or another caller's clone. Costs O(n) time and memory per call.
/// </remarks>
public sealed class CloneMap<TKey, TValue> : LockedMapBase<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<TValue, TValue> _cloneValue;

    /// <summary>Creates a map whose clones copy values as they are.</summary>
    public CloneMap()
        : this(static value => value)
    {
    }

    /// <summary>Creates a map whose clones copy each value with <paramref name="cloneValue"/>.</summary>
    public CloneMap(Func<TValue, TValue> cloneValue) => _cloneValue = cloneValue;

    /// <summary>A writable deep copy, taken under the lock, that the caller owns.</summary>
    public override IReadOnlyDictionary<TKey, TValue> Snapshot()
    {
        lock (Gate)
        {
            var clone = new Dictionary<TKey, TValue>(Entries.Count);
            foreach (var entry in Entries)
            {
                clone.Add(entry.Key, _cloneValue(entry.Value));
            }

            return clone;
        }
    }
}
