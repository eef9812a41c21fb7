namespace StressMaps.Tests.Targets.Operations;

public enum Shade
{
    Light,
    Dark,
}

/// <summary>A class with one member of each kind the discovery must handle.</summary>
public class Catalog
{
    private readonly Dictionary<string, int> _items = [];

    public int Limit { get; set; }

    public int Count => _items.Count;

    public string this[string key]
    {
        get => _items.TryGetValue(key, out var value) ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        set => _items[key] = value.Length;
    }

    public void Put(string key, int value) => _items[key] = value;

    public void Put(string key) => _items[key] = 0;

    public bool Paint(Shade shade, bool? glossy, char mark, uint size) => glossy ?? shade == Shade.Dark && mark != ' ' && size > 0;

    public IReadOnlyDictionary<string, int> Items() => _items;

    public string[] Keys() => [.. _items.Keys];

    public bool TryFind(string key, out int value) => _items.TryGetValue(key, out value);

    public void ForEach(Action<string, int> visit)
    {
        foreach (var (key, value) in _items)
        {
            visit(key, value);
        }
    }

    public T Echo<T>(T value) => value;

    public Task SaveAsync() => Task.CompletedTask;

    public void Load(Stream stream) => stream.Flush();

    public override string ToString() => $"{_items.Count} items";
}

/// <summary>Five operations, for the pair coverage of the generator.</summary>
public class FiveOperations
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _values = [];

    public void Store(string key, int value)
    {
        lock (_gate)
        {
            _values[key] = value;
        }
    }

    public int Read(string key)
    {
        lock (_gate)
        {
            return _values.TryGetValue(key, out var value) ? value : -1;
        }
    }

    public bool Drop(string key)
    {
        lock (_gate)
        {
            return _values.Remove(key);
        }
    }

    public int Size
    {
        get
        {
            lock (_gate)
            {
                return _values.Count;
            }
        }
    }

    public Dictionary<string, int> Snapshot()
    {
        lock (_gate)
        {
            return new Dictionary<string, int>(_values);
        }
    }
}

/// <summary>BUG: a check-then-act across two lock sections; it shows only once a key has seats.</summary>
public class Seats
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _left = [];

    public void Add(string show, int count)
    {
        lock (_gate)
        {
            _left[show] = (_left.TryGetValue(show, out var left) ? left : 0) + count;
        }
    }

    public bool Book(string show)
    {
        bool available;
        lock (_gate)
        {
            available = _left.TryGetValue(show, out var left) && left > 0;
        }

        if (!available)
        {
            return false;
        }

        lock (_gate)
        {
            _left[show]--;
        }

        return true;
    }
}
