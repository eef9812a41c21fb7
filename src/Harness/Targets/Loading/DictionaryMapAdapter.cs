using System.Collections;
using System.Diagnostics.CodeAnalysis;
using StressMaps.Harness.Targets;
using StressMaps.Maps;

namespace StressMaps.Harness.Targets.Loading;

/// <summary>
/// Puts any <see cref="IDictionary{TKey, TValue}"/> of string to int behind the map contract, calling
/// its own operations: the indexer, <c>Add</c>, <c>TryGetValue</c>, <c>Remove</c>, <c>ContainsKey</c>,
/// <c>Count</c> and its enumerator. It adds no locking and no copying: what is explored is the dictionary.
/// </summary>
public sealed class DictionaryMapAdapter(IDictionary<string, int> dictionary) : IMap<string, int>, IDictionaryOperations
{
    /// <summary>The adapted dictionary.</summary>
    public IDictionary<string, int> Dictionary => dictionary;

    /// <inheritdoc />
    public int Count => dictionary.Count;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out int value) => dictionary.TryGetValue(key, out value);

    /// <inheritdoc />
    public void Set(string key, int value) => dictionary[key] = value;

    /// <inheritdoc />
    public bool Remove(string key) => dictionary.Remove(key);

    /// <inheritdoc />
    public void Add(string key, int value) => dictionary.Add(key, value);

    /// <inheritdoc />
    public bool ContainsKey(string key) => dictionary.ContainsKey(key);

    /// <summary>A dictionary hands out nothing: scenarios that need a snapshot do not apply to it.</summary>
    public IReadOnlyDictionary<string, int> Snapshot() =>
        throw new NotSupportedException($"{dictionary.GetType().Name} has no Snapshot(); snapshot scenarios do not apply to it.");

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, int>> GetEnumerator() => dictionary.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
