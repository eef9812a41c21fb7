using System.Collections;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using StressMaps.Maps;

namespace StressMaps.TestMaps;

/// <summary>Correct, and written against the project's own map contract: one lock, snapshots are private copies.</summary>
public sealed class OwnContractMap<TKey, TValue> : IMap<TKey, TValue>
    where TKey : notnull
{
    private readonly object _gate = new();
    private readonly Dictionary<TKey, TValue> _entries = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(key, out value);
        }
    }

    public void Set(TKey key, TValue value)
    {
        lock (_gate)
        {
            _entries[key] = value;
        }
    }

    public bool Remove(TKey key)
    {
        lock (_gate)
        {
            return _entries.Remove(key);
        }
    }

    public IReadOnlyDictionary<TKey, TValue> Snapshot()
    {
        lock (_gate)
        {
            return new ReadOnlyDictionary<TKey, TValue>(new Dictionary<TKey, TValue>(_entries));
        }
    }

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
