namespace StressMaps.TestMaps.Classes;

/// <summary>CORRECT twin of <see cref="BoundedCache"/>: every call holds the lock.</summary>
public sealed class LockedBoundedCache
{
    private readonly object _gate = new();
    private readonly int _capacity;
    private readonly Dictionary<string, int> _items = [];

    public LockedBoundedCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    public void Put(string key, int value)
    {
        lock (_gate)
        {
            if (_items.Count >= _capacity && !_items.ContainsKey(key))
            {
                _items.Remove(_items.Keys.First());
            }

            _items[key] = value;
        }
    }

    public int Get(string key)
    {
        lock (_gate)
        {
            return _items.TryGetValue(key, out var value) ? value : -1;
        }
    }
}
