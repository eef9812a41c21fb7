namespace StressMaps.TestMaps.Classes;

/// <summary>BUG: a cache sized by its constructor (a capacity below 1 throws) whose calls share a dictionary without a lock.</summary>
public sealed class BoundedCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, int> _items = [];

    public BoundedCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    public void Put(string key, int value)
    {
        if (_items.Count >= _capacity && !_items.ContainsKey(key))
        {
            _items.Remove(_items.Keys.First());
        }

        _items[key] = value;
    }

    public int Get(string key) => _items.TryGetValue(key, out var value) ? value : -1;
}
