namespace StressMaps.TestMaps;

/// <summary>BUG: a settings registry that locks every call, but hands callers its live dictionary.</summary>
public sealed class LiveRegistry
{
    private readonly object _gate = new();
    private readonly Dictionary<string, string> _settings = [];

    public void Set(string name, string value)
    {
        lock (_gate)
        {
            _settings[name] = value;
        }
    }

    public string? Get(string name)
    {
        lock (_gate)
        {
            return _settings.TryGetValue(name, out var value) ? value : null;
        }
    }

    public bool Remove(string name)
    {
        lock (_gate)
        {
            return _settings.Remove(name);
        }
    }

    /// <summary>The lock guards the return, not the dictionary: every caller shares the one the registry writes.</summary>
    public Dictionary<string, string> Current()
    {
        lock (_gate)
        {
            return _settings;
        }
    }
}
