namespace StressMaps.TestMaps.Classes;

/// <summary>CORRECT twin of <see cref="SettingsStore"/>: <see cref="Snapshot"/> copies under the lock.</summary>
public sealed class CopyingSettingsStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, string> _settings = [];

    private CopyingSettingsStore()
    {
    }

    public static CopyingSettingsStore Create() => new();

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
            return new Dictionary<string, string>(_settings);
        }
    }
}
