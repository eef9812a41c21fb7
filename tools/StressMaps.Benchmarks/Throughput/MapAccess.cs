using StressMaps.Maps;

namespace StressMaps.Benchmarks.Throughput;

/// <summary>
/// The two operations a worker makes. Workers are generic over a struct implementing this, so the
/// JIT compiles one loop per map type and the raw dictionary is called directly, not through an
/// interface that would slow the baseline down.
/// </summary>
public interface IMapAccess
{
    /// <summary>Reads <paramref name="key"/>.</summary>
    bool TryGet(string key, out int value);

    /// <summary>Overwrites <paramref name="key"/>.</summary>
    void Set(string key, int value);
}

/// <summary>A raw <see cref="Dictionary{TKey, TValue}"/>, called through its concrete type.</summary>
public readonly struct DictionaryAccess(Dictionary<string, int> map) : IMapAccess
{
    /// <inheritdoc />
    public bool TryGet(string key, out int value) => map.TryGetValue(key, out value);

    /// <inheritdoc />
    public void Set(string key, int value) => map[key] = value;
}

/// <summary>A map variant, called through <see cref="IMap{TKey, TValue}"/> as the single-thread benchmarks do.</summary>
public readonly struct VariantAccess(IMap<string, int> map) : IMapAccess
{
    /// <inheritdoc />
    public bool TryGet(string key, out int value) => map.TryGetValue(key, out value);

    /// <inheritdoc />
    public void Set(string key, int value) => map.Set(key, value);
}
