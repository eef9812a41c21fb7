using System.Collections;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace StressMaps.Maps;

/// <summary>
/// Copy-on-write around a plain <see cref="Dictionary{TKey, TValue}"/>: a writer copies the
/// published dictionary under a lock, changes the copy and publishes it with
/// <see cref="Volatile.Write{T}(ref T, T)"/>; readers and snapshots take the published one without
/// a lock. The seed's read-only and clone ideas joined: raw reads, and a snapshot that costs nothing.
/// </summary>
/// <remarks>
/// <para>
/// Thread-safety contract: every operation is atomic and linearizable. A published dictionary is
/// never written again: writers only ever change a private copy before publishing it, so any number
/// of readers may read a published one while writers work. Reads and <see cref="Snapshot"/> take no
/// lock and no atomic operation, only one volatile read of the published reference.
/// <see cref="Snapshot"/> hands out the published version behind a read-only view (made once per
/// write, not per call): it is free and never changes, even while the map does. Enumeration walks
/// the version published when it starts.
/// </para>
/// <para>
/// The price is on the write side: every write that changes the map copies all n entries (O(n)
/// time and memory), and writers run one at a time under the lock. Fits maps read far more often
/// than written (configuration, routing tables, registries); for write-heavy maps use a lock or
/// <c>ConcurrentDictionary</c>. A sequence of calls is not atomic: read-then-write from two callers
/// loses updates; use <see cref="AddOrUpdate"/>.
/// </para>
/// </remarks>
public sealed class CopyOnWriteMap<TKey, TValue> : IAtomicUpdateMap<TKey, TValue>
    where TKey : notnull
{
    private readonly object _writeGate = new();
    private Version _published = new(new Dictionary<TKey, TValue>());

    /// <inheritdoc />
    public int Count => Published.Entries.Count;

    private Version Published => Volatile.Read(ref _published);

    /// <inheritdoc />
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => Published.Entries.TryGetValue(key, out value);

    /// <inheritdoc />
    public void Set(TKey key, TValue value)
    {
        lock (_writeGate)
        {
            var next = CopyOfPublished();
            next[key] = value;
            Publish(next);
        }
    }

    /// <inheritdoc />
    public bool Remove(TKey key)
    {
        lock (_writeGate)
        {
            if (!_published.Entries.ContainsKey(key))
            {
                return false;
            }

            var next = CopyOfPublished();
            next.Remove(key);
            Publish(next);
            return true;
        }
    }

    /// <inheritdoc />
    public TValue AddOrUpdate(TKey key, TValue addValue, Func<TKey, TValue, TValue> update)
    {
        lock (_writeGate)
        {
            var next = CopyOfPublished();
            var stored = next.TryGetValue(key, out var current) ? update(key, current) : addValue;
            next[key] = stored;
            Publish(next);
            return stored;
        }
    }

    /// <summary>The published version, read-only: free to take, and it never changes.</summary>
    public IReadOnlyDictionary<TKey, TValue> Snapshot() => Published;

    /// <summary>Enumerates the version published when enumeration starts.</summary>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => Published.Entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Called under the write gate, where no other writer can publish: a plain read of the field is current.
    private Dictionary<TKey, TValue> CopyOfPublished() => new(_published.Entries, _published.Entries.Comparer);

    private void Publish(Dictionary<TKey, TValue> next) => Volatile.Write(ref _published, new Version(next));

    /// <summary>One published dictionary and its read-only view, made together once per write.</summary>
    private sealed class Version(Dictionary<TKey, TValue> entries) : ReadOnlyDictionary<TKey, TValue>(entries)
    {
        public Dictionary<TKey, TValue> Entries { get; } = entries;
    }
}
