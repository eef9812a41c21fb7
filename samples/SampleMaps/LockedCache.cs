using System.Diagnostics.CodeAnalysis;

namespace SampleMaps;

/// <summary>Correct: every call takes one lock around a private Dictionary.</summary>
public sealed class LockedCache : MapBase
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _entries = [];

    public override int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public override bool TryGetValue(string key, [MaybeNullWhen(false)] out int value)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(key, out value);
        }
    }

    public override void Set(string key, int value)
    {
        lock (_gate)
        {
            _entries[key] = value;
        }
    }

    public override void Add(string key, int value)
    {
        lock (_gate)
        {
            _entries.Add(key, value);
        }
    }

    public override bool Remove(string key)
    {
        lock (_gate)
        {
            return _entries.Remove(key);
        }
    }

    protected override IReadOnlyList<KeyValuePair<string, int>> Entries()
    {
        lock (_gate)
        {
            return _entries.ToList();
        }
    }
}
