using System.Diagnostics.CodeAnalysis;

namespace StressMaps.TestMaps;

/// <summary>
/// Correct: the lazy store of <see cref="LazyStoreMap{TKey, TValue}"/> made by a <see cref="Lazy{T}"/>, which runs
/// its factory once however many callers race to the first access.
/// </summary>
public sealed class LazyStoreFixedMap<TKey, TValue> : MapBase<TKey, TValue>
    where TKey : notnull
{
    private readonly Lazy<Dictionary<TKey, TValue>> _store = new(() => []);

    private Dictionary<TKey, TValue> Store => _store.Value;

    public override int Count
    {
        get
        {
            var store = Store;
            lock (store)
            {
                return store.Count;
            }
        }
    }

    public override bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        var store = Store;
        lock (store)
        {
            return store.TryGetValue(key, out value);
        }
    }

    public override void Set(TKey key, TValue value)
    {
        var store = Store;
        lock (store)
        {
            store[key] = value;
        }
    }

    public override void Add(TKey key, TValue value)
    {
        var store = Store;
        lock (store)
        {
            store.Add(key, value);
        }
    }

    public override bool Remove(TKey key)
    {
        var store = Store;
        lock (store)
        {
            return store.Remove(key);
        }
    }

    protected override IEnumerable<KeyValuePair<TKey, TValue>> Entries()
    {
        var store = Store;
        lock (store)
        {
            return store.ToList();
        }
    }
}
