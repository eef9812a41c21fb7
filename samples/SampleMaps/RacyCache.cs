using System.Diagnostics.CodeAnalysis;

namespace SampleMaps;

/// <summary>BUG: a plain Dictionary shared by every caller with no lock at all.</summary>
public sealed class RacyCache : MapBase
{
    private readonly Dictionary<string, int> _entries = [];

    public override int Count => _entries.Count;

    public override bool TryGetValue(string key, [MaybeNullWhen(false)] out int value) => _entries.TryGetValue(key, out value);

    public override void Set(string key, int value) => _entries[key] = value;

    public override void Add(string key, int value) => _entries.Add(key, value);

    public override bool Remove(string key) => _entries.Remove(key);

    protected override IReadOnlyList<KeyValuePair<string, int>> Entries() => _entries.ToList();
}
