using System.Diagnostics.CodeAnalysis;

namespace StressMaps.TestMaps;

/// <summary>
/// BUG: creates its store lazily in a property getter, <c>_store ??= new()</c>, with no lock. Two first
/// writers can each see no store, each create one, and the store written first is replaced, its
/// entry lost. The check and the assignment sit in the getter, where Coyote's pass puts no scheduling point.
/// </summary>
public sealed class LazyStoreMap<TKey, TValue> : MapBase<TKey, TValue>
    where TKey : notnull
{
    private Dictionary<TKey, TValue>? _store;

    private Dictionary<TKey, TValue> Store => _store ??= [];

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
