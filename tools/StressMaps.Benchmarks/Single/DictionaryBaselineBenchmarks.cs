using BenchmarkDotNet.Attributes;

namespace StressMaps.Benchmarks.Single;

/// <summary>
/// The baseline every ratio is taken against: a plain <see cref="Dictionary{TKey, TValue}"/> called
/// through its concrete type, as single-threaded code uses it.
/// </summary>
public class DictionaryBaselineBenchmarks
{
    private readonly Dictionary<string, int> _map = new();

    /// <summary>Fills the map with every present key.</summary>
    [GlobalSetup]
    public void Fill()
    {
        foreach (var key in BenchmarkData.PresentKeys)
        {
            _map[key] = key.Length;
        }
    }

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

    [Benchmark(OperationsPerInvoke = BenchmarkData.OperationsPerInvoke)]
    public void Set()
    {
        var value = 0;
        foreach (var key in BenchmarkData.PresentKeys)
        {
            _map[key] = value++;
        }
    }

    /// <summary>
    /// Handing a plain dictionary out safely means copying it (handing out the dictionary itself is
    /// the bug the unsafe variant shows), so the baseline of "snapshot" is the copy constructor.
    /// </summary>
    [Benchmark]
    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_map);

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
