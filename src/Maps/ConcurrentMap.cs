using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace StressMaps.Maps;

/// <summary>
/// <see cref="ConcurrentDictionary{TKey, TValue}"/>, the analogue of Go's <c>sync.Map</c>.
/// </summary>
/// <remarks>
/// Thread-safety contract: every single operation is atomic and linearizable; enumeration is safe
/// during writes but is not a moment-in-time snapshot. <see cref="Snapshot"/> returns a copy taken
/// with <see cref="ConcurrentDictionary{TKey, TValue}.ToArray"/>, which is a moment-in-time snapshot.
/// A sequence of calls is not atomic: read-then-write from two callers loses updates; use
/// <see cref="AddOrUpdate"/> for that.
/// </remarks>
public sealed class ConcurrentMap<TKey, TValue> : IAtomicUpdateMap<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new();

    /// <inheritdoc />
    public int Count => _entries.Count;

    /// <inheritdoc />
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _entries.TryGetValue(key, out value);

    /// <inheritdoc />
    public void Set(TKey key, TValue value) => _entries[key] = value;

    /// <inheritdoc />
    public bool Remove(TKey key) => _entries.TryRemove(key, out _);

    /// <inheritdoc />
    public TValue AddOrUpdate(TKey key, TValue addValue, Func<TKey, TValue, TValue> update) =>
        _entries.AddOrUpdate(key, addValue, update);

    /// <summary>A moment-in-time copy the caller owns.</summary>
    public IReadOnlyDictionary<TKey, TValue> Snapshot() => new Dictionary<TKey, TValue>(_entries.ToArray());

    /// <summary>Enumerates the live map: safe during writes, not a snapshot.</summary>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
