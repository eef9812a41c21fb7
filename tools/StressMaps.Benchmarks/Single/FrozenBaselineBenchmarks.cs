using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;

namespace StressMaps.Benchmarks.Single;

/// <summary>
/// The read-optimised baseline: a <see cref="FrozenDictionary{TKey, TValue}"/>, which cannot change,
/// so it has no set, and handing it out costs nothing.
/// </summary>
public class FrozenBaselineBenchmarks
{
    private FrozenDictionary<string, int> _map = FrozenDictionary<string, int>.Empty;

    /// <summary>Freezes a map of every present key.</summary>
    [GlobalSetup]
    public void Fill() => _map = BenchmarkData.PresentKeys.ToFrozenDictionary(key => key, key => key.Length);

    [Benchmark(OperationsPerInvoke = BenchmarkData.OperationsPerInvoke)]
    public int GetHit()
    {
        var sum = 0;
        foreach (var key in BenchmarkData.PresentKeys)
        {
            sum += _map.TryGetValue(key, out var value) ? value : 0;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkData.OperationsPerInvoke)]
    public int GetMiss()
    {
        var found = 0;
        foreach (var key in BenchmarkData.AbsentKeys)
        {
            found += _map.TryGetValue(key, out _) ? 1 : 0;
        }

        return found;
    }

    /// <summary>The frozen dictionary is its own snapshot: nobody can change it.</summary>
    [Benchmark]
    public IReadOnlyDictionary<string, int> Snapshot() => _map;

    [Benchmark]
    public int Enumerate()
    {
        var sum = 0;
        foreach (var entry in _map)
        {
            sum += entry.Value;
        }

        return sum;
    }
}
