using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace StressMaps.TestMaps;

/// <summary>
/// The <see cref="IDictionary{TKey, TValue}"/> surface built on a few core operations, so each test
/// map states only the part whose concurrency it is about.
/// </summary>
public abstract class MapBase<TKey, TValue> : IDictionary<TKey, TValue>
    where TKey : notnull
{
    public abstract int Count { get; }

    public bool IsReadOnly => false;

    public ICollection<TKey> Keys => Entries().Select(entry => entry.Key).ToList();

    public ICollection<TValue> Values => Entries().Select(entry => entry.Value).ToList();

    public TValue this[TKey key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException();
        set => Set(key, value);
    }

    public abstract bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value);

    public abstract void Set(TKey key, TValue value);

    public abstract void Add(TKey key, TValue value);

    public abstract bool Remove(TKey key);

    /// <summary>The entries as the map's enumerator yields them.</summary>
    protected abstract IEnumerable<KeyValuePair<TKey, TValue>> Entries();

    public bool ContainsKey(TKey key) => TryGetValue(key, out _);

    public void Add(KeyValuePair<TKey, TValue> item) => Add(item.Key, item.Value);

    public void Clear()
    {
        foreach (var key in Keys)
        {
            Remove(key);
        }
    }

    public bool Contains(KeyValuePair<TKey, TValue> item) =>
        TryGetValue(item.Key, out var value) && EqualityComparer<TValue>.Default.Equals(value, item.Value);

    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) => Entries().ToList().CopyTo(array, arrayIndex);

    public bool Remove(KeyValuePair<TKey, TValue> item) => Contains(item) && Remove(item.Key);

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => Entries().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
