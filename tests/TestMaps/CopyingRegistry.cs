namespace StressMaps.TestMaps;

/// <summary>Correct: the same registry as <see cref="LiveRegistry"/>, but it hands out a copy made under its lock.</summary>
public sealed class CopyingRegistry
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

    public Dictionary<string, string> Current()
    {
        lock (_gate)
        {
            return new Dictionary<string, string>(_settings);
        }
    }
}
