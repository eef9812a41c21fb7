using BenchmarkDotNet.Attributes;
using StressMaps.Maps;

namespace StressMaps.Benchmarks.Single;

/// <summary>
/// The project's map variants, each called through <see cref="IMap{TKey, TValue}"/> as the harness
/// and a user's code behind an interface call them. The unsafe variant is a plain dictionary behind
/// that interface, so its ratio shows what the interface call alone costs.
/// </summary>
public class MapVariantBenchmarks
{
    private IMap<string, int> _map = null!;

    /// <summary>Every variant in <see cref="MapCatalog"/>.</summary>
    public static IEnumerable<string> Variants => MapCatalog.All.Select(variant => variant.Name);

    [ParamsSource(nameof(Variants))]
    public string Variant { get; set; } = "";

    /// <summary>Creates the variant and fills it with every present key.</summary>
    [GlobalSetup]
    public void Fill()
    {
        _map = (MapCatalog.Find(Variant) ?? throw new InvalidOperationException($"unknown variant {Variant}")).Create();
        foreach (var key in BenchmarkData.PresentKeys)
        {
            _map.Set(key, key.Length);
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
            _map.Set(key, value++);
        }
    }

    [Benchmark]
    public IReadOnlyDictionary<string, int> Snapshot() => _map.Snapshot();

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
