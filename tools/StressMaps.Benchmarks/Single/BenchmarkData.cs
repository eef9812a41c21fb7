using System.Globalization;

namespace StressMaps.Benchmarks.Single;

/// <summary>The keys every single-thread benchmark uses, so that each variant does exactly the same work.</summary>
public static class BenchmarkData
{
    /// <summary>
    /// Entries in the map. A thousand is a realistic shared map (a cache, a registry, a config
    /// table): big enough that copying it on a snapshot costs what it costs in production, small
    /// enough (about 60 KB of keys and entries) to sit in L2, so that lookups measure the map's
    /// own work rather than cache misses.
    /// </summary>
    public const int MapSize = 1_000;

    /// <summary>Operations per benchmark invocation: one per key, so every bucket is visited, not one hot key.</summary>
    public const int OperationsPerInvoke = MapSize;

    /// <summary>The keys stored in the map, in a shuffled order so lookups do not walk memory in insertion order.</summary>
    public static string[] PresentKeys { get; } = Shuffled(Keys("key"));

    /// <summary>Keys of the same shape that are never stored.</summary>
    public static string[] AbsentKeys { get; } = Shuffled(Keys("gone"));

    private static string[] Keys(string prefix) =>
        Enumerable.Range(0, MapSize).Select(i => prefix + i.ToString("D4", CultureInfo.InvariantCulture)).ToArray();

    private static string[] Shuffled(string[] keys)
    {
        // A fixed seed: every run and every variant looks keys up in the same order.
        new Random(20261126).Shuffle(keys);
        return keys;
    }
}
