using StressMaps.Maps;

namespace StressMaps.Benchmarks.Throughput;

/// <summary>
/// The maps the contended runner measures: only the variants whose contract allows concurrent
/// reads and writes. The unsafe, readonly-view and unlocked-clone variants are left out on
/// purpose: unsafe corrupts its Dictionary under concurrent writes (a lost entry, an endless loop in
/// a torn bucket chain, an exception), so a speed figure for it would be a figure for a broken
/// program; the other two have the locked map's get and set and differ only in the snapshot they
/// leak, which a get/set mix never takes.
/// </summary>
public static class ThroughputTargets
{
    /// <summary>The baseline's name: a raw <see cref="Dictionary{TKey, TValue}"/>, measured on one thread only.</summary>
    public const string Baseline = "dictionary";

    /// <summary>The thread-safe variants, by name.</summary>
    public static IReadOnlyList<string> ThreadSafe { get; } = ["locked", "rwlocked", "concurrent", "immutable", "cow", "clone"];

    /// <summary>Creates the variant <paramref name="name"/> filled with <paramref name="keys"/>.</summary>
    public static IMap<string, int> CreateFilled(string name, IEnumerable<string> keys)
    {
        var map = (MapCatalog.Find(name) ?? throw new ArgumentException($"unknown map variant '{name}'", nameof(name))).Create();
        foreach (var key in keys)
        {
            map.Set(key, key.Length);
        }

        return map;
    }
}
