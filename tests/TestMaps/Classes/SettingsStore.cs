namespace StressMaps.TestMaps.Classes;

/// <summary>BUG: made only by <see cref="Create"/>; locks every call, but <see cref="Snapshot"/> hands out its live dictionary.</summary>
public sealed class SettingsStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, string> _settings = [];

    private SettingsStore()
    {
    }

    public static SettingsStore Create() => new();

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

    public Dictionary<string, string> Snapshot()
    {
        lock (_gate)
        {
            return _settings;
        }
    }
}
