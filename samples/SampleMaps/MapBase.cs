using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace SampleMaps;

/// <summary>The IDictionary surface on top of a few core operations.</summary>
public abstract class MapBase : IDictionary<string, int>
{
    public abstract int Count { get; }

    public bool IsReadOnly => false;

    public ICollection<string> Keys => Entries().Select(entry => entry.Key).ToList();

    public ICollection<int> Values => Entries().Select(entry => entry.Value).ToList();

    public int this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);
        set => Set(key, value);
    }

    public abstract bool TryGetValue(string key, [MaybeNullWhen(false)] out int value);

    public abstract void Set(string key, int value);

    public abstract void Add(string key, int value);

    public abstract bool Remove(string key);

    protected abstract IReadOnlyList<KeyValuePair<string, int>> Entries();

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public void Add(KeyValuePair<string, int> item) => Add(item.Key, item.Value);

    public void Clear()
    {
        foreach (var key in Keys)
        {
            Remove(key);
        }
    }

    public bool Contains(KeyValuePair<string, int> item) => TryGetValue(item.Key, out var value) && value == item.Value;

    public void CopyTo(KeyValuePair<string, int>[] array, int arrayIndex) => Entries().ToList().CopyTo(array, arrayIndex);

    public bool Remove(KeyValuePair<string, int> item) => Contains(item) && Remove(item.Key);

    public IEnumerator<KeyValuePair<string, int>> GetEnumerator() => Entries().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
