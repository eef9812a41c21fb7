using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace StressMaps.Maps;

/// <summary>
/// The bug being demonstrated: a plain <see cref="Dictionary{TKey, TValue}"/> with no
/// synchronization whose <see cref="Snapshot"/> returns the internal dictionary itself, as Go code
/// returns its internal <c>map</c>.
/// </summary>
/// <remarks>
/// Thread-safety contract: NONE. Safe only while one thread at a time touches the map or anything
/// it handed out. A write concurrent with any other access corrupts it or throws
/// <see cref="InvalidOperationException"/> ("Collection was modified", or "Operations that change
/// non-concurrent collections must have exclusive access"); every caller of <see cref="Snapshot"/>
/// shares the same live storage. It offers no atomic update.
/// </remarks>
public sealed class UnsafeMap<TKey, TValue> : IMap<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _entries = new();

    /// <inheritdoc />
    public int Count => _entries.Count;

    /// <inheritdoc />
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _entries.TryGetValue(key, out value);

    /// <inheritdoc />
    public void Set(TKey key, TValue value) => _entries[key] = value;

    /// <inheritdoc />
    public bool Remove(TKey key) => _entries.Remove(key);

    /// <summary>Returns the internal dictionary: the leak this project is about.</summary>
    public IReadOnlyDictionary<TKey, TValue> Snapshot() => _entries;

    /// <summary>Enumerates the live storage; a concurrent write invalidates the enumeration.</summary>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
