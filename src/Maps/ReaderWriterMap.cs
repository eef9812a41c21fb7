using System.Collections;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace StressMaps.Maps;

/// <summary>
/// The seed's recommended fix as Go writes it: a private <see cref="Dictionary{TKey, TValue}"/>
/// behind a readers-writer lock (<c>sync.RWMutex</c>), so readers do not wait for each other.
/// </summary>
/// <remarks>
/// Thread-safety contract: every operation is atomic and linearizable. Reads hold the lock shared
/// (concurrent reads of a <c>Dictionary</c> are safe while nobody writes); writes hold it exclusively.
/// <see cref="Snapshot"/> hands out a read-only view of a copy taken under the read lock; enumeration
/// walks such a copy. Pays off only when reads are long or many; for one lookup a plain <c>lock</c>
/// is cheaper.
/// </remarks>
public sealed class ReaderWriterMap<TKey, TValue> : IAtomicUpdateMap<TKey, TValue>
    where TKey : notnull
{
    private readonly MonitorReaderWriterLock _lock = new();
    private readonly Dictionary<TKey, TValue> _entries = new();

    /// <inheritdoc />
    public int Count => Read(() => _entries.Count);

    /// <inheritdoc />
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        _lock.EnterRead();
        try
        {
            return _entries.TryGetValue(key, out value);
        }
        finally
        {
            _lock.ExitRead();
        }
    }

    /// <inheritdoc />
    public void Set(TKey key, TValue value) => Write(() => _entries[key] = value);

    /// <inheritdoc />
    public bool Remove(TKey key) => Write(() => _entries.Remove(key));

    /// <inheritdoc />
    public TValue AddOrUpdate(TKey key, TValue addValue, Func<TKey, TValue, TValue> update) => Write(() =>
    {
        var next = _entries.TryGetValue(key, out var current) ? update(key, current) : addValue;
        _entries[key] = next;
        return next;
    });

    /// <summary>A read-only view of a copy taken under the read lock.</summary>
    public IReadOnlyDictionary<TKey, TValue> Snapshot() => new ReadOnlyDictionary<TKey, TValue>(Copy());

    /// <summary>Enumerates a copy taken under the read lock.</summary>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => Copy().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Dictionary<TKey, TValue> Copy() => Read(() => new Dictionary<TKey, TValue>(_entries));

    private T Read<T>(Func<T> read)
    {
        _lock.EnterRead();
        try
        {
            return read();
        }
        finally
        {
            _lock.ExitRead();
        }
    }

    private T Write<T>(Func<T> write)
    {
        _lock.EnterWrite();
        try
        {
            return write();
        }
        finally
        {
            _lock.ExitWrite();
        }
    }
}
