using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace StressMaps.Maps;

/// <summary>
/// Copy-on-write: the map is an <see cref="ImmutableDictionary{TKey, TValue}"/> reference, replaced
/// whole on every write by a compare-and-swap loop. The seed's "read-only structure" fix.
/// </summary>
/// <remarks>
/// Thread-safety contract: every operation is atomic and linearizable, and lock-free. Readers and
/// <see cref="Snapshot"/> get the current immutable dictionary at no cost: no copy, no lock, never
/// changed afterwards. Writers allocate a new version (O(log n)) and retry when another writer
/// published first. The compare-and-swap loop is written here, not taken from
/// <c>ImmutableInterlocked</c>, so that a systematic tester can interleave its steps.
/// </remarks>
public sealed class ImmutableMap<TKey, TValue> : IAtomicUpdateMap<TKey, TValue>
    where TKey : notnull
{
    private ImmutableDictionary<TKey, TValue> _current = ImmutableDictionary<TKey, TValue>.Empty;

    /// <inheritdoc />
    public int Count => Current.Count;

    private ImmutableDictionary<TKey, TValue> Current => Volatile.Read(ref _current);

    /// <inheritdoc />
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => Current.TryGetValue(key, out value);

    /// <inheritdoc />
    public void Set(TKey key, TValue value) => Publish(map => map.SetItem(key, value));

    /// <inheritdoc />
    public bool Remove(TKey key)
    {
        var removed = false;
        Publish(map =>
        {
            removed = map.ContainsKey(key);
            return removed ? map.Remove(key) : map;
        });
        return removed;
    }

    /// <inheritdoc />
    public TValue AddOrUpdate(TKey key, TValue addValue, Func<TKey, TValue, TValue> update)
    {
        var stored = addValue;
        Publish(map =>
        {
            stored = map.TryGetValue(key, out var current) ? update(key, current) : addValue;
            return map.SetItem(key, stored);
        });
        return stored;
    }

    /// <summary>The current immutable version, shared at no cost: nobody can ever change it.</summary>
    public IReadOnlyDictionary<TKey, TValue> Snapshot() => Current;

    /// <summary>Enumerates the version current when enumeration starts.</summary>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => Current.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Applies <paramref name="change"/> to the current version until no other writer intervened.</summary>
    private void Publish(Func<ImmutableDictionary<TKey, TValue>, ImmutableDictionary<TKey, TValue>> change)
    {
        while (true)
        {
            var seen = Current;
            var next = change(seen);
            if (ReferenceEquals(seen, next) || ReferenceEquals(Interlocked.CompareExchange(ref _current, next, seen), seen))
            {
                return;
            }
        }
    }
}
