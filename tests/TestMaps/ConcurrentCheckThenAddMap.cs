using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace StressMaps.TestMaps;

/// <summary>
/// BUG: built on <see cref="ConcurrentDictionary{TKey, TValue}"/>, but <c>Add</c> is check-then-act over
/// two of its calls (<c>ContainsKey</c>, then the indexer), so two <c>Add</c>s of one key can both succeed.
/// Only concurrent-collection rewriting puts a scheduling point between the two calls.
/// </summary>
public sealed class ConcurrentCheckThenAddMap<TKey, TValue> : MapBase<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _inner = new();

    public override int Count => _inner.Count;

    public override bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _inner.TryGetValue(key, out value);

    public override void Set(TKey key, TValue value) => _inner[key] = value;

    public override void Add(TKey key, TValue value)
    {
        if (_inner.ContainsKey(key))
        {
            throw new ArgumentException($"An item with the same key has already been added. Key: {key}");
        }

        _inner[key] = value;
    }

    public override bool Remove(TKey key) => _inner.TryRemove(key, out _);

    protected override IEnumerable<KeyValuePair<TKey, TValue>> Entries() => _inner;
}
