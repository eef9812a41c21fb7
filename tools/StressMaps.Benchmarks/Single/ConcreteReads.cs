using StressMaps.Maps;

namespace StressMaps.Benchmarks.Single;

/// <summary>
/// The sealed maps' reads called through their own types, as code holding a <see cref="CopyOnWriteMap{TKey, TValue}"/>
/// (not an <see cref="IMap{TKey, TValue}"/>) calls them: the paired table's interface columns price the map plus the
/// interface call, these the map alone. Each map sits in a small struct, so the one read loop below is compiled
/// once per struct with a direct, inlinable call (a generic over a reference type would share code and dispatch).
/// </summary>
public static class ConcreteReads
{
    /// <summary>
    /// <paramref name="variant"/>'s filled map with its reads (<c>get-hit</c>, <c>get-miss</c>) called
    /// through its concrete type; null for a variant not measured that way.
    /// </summary>
    public static Dictionary<string, Func<int>>? OperationsOf(string variant) => variant switch
    {
        "locked" => OperationsOf(new Locked(Filled<LockedMap<string, int>>(variant))),
        "rwlocked" => OperationsOf(new ReaderWriter(Filled<ReaderWriterMap<string, int>>(variant))),
        "concurrent" => OperationsOf(new Concurrent(Filled<ConcurrentMap<string, int>>(variant))),
        "cow" => OperationsOf(new CopyOnWrite(Filled<CopyOnWriteMap<string, int>>(variant))),
        _ => null,
    };

    private static Dictionary<string, Func<int>> OperationsOf<TMap>(TMap map)
        where TMap : struct, IDirectRead => new()
    {
        ["get-hit"] = () => GetHit(map),
        ["get-miss"] = () => GetMiss(map),
    };

    // The same loops as the baseline's GetHit and GetMiss (DictionaryBaselineBenchmarks).
    private static int GetHit<TMap>(TMap map)
        where TMap : struct, IDirectRead
    {
        var sum = 0;
        foreach (var key in BenchmarkData.PresentKeys)
        {
            sum += map.TryGetValue(key, out var value) ? value : 0;
        }

        return sum;
    }

    private static int GetMiss<TMap>(TMap map)
        where TMap : struct, IDirectRead
    {
        var found = 0;
        foreach (var key in BenchmarkData.AbsentKeys)
        {
            found += map.TryGetValue(key, out _) ? 1 : 0;
        }

        return found;
    }

    // Built by the catalog, so the cast fails loudly if the name ever stops meaning this type.
    private static TMap Filled<TMap>(string variant)
        where TMap : class
    {
        var map = MapCatalog.Find(variant)!.Create();
        foreach (var key in BenchmarkData.PresentKeys)
        {
            map.Set(key, key.Length);
        }

        return (TMap)map;
    }

    private interface IDirectRead
    {
        bool TryGetValue(string key, out int value);
    }

    private readonly struct Locked(LockedMap<string, int> map) : IDirectRead
    {
        public bool TryGetValue(string key, out int value) => map.TryGetValue(key, out value);
    }

    private readonly struct ReaderWriter(ReaderWriterMap<string, int> map) : IDirectRead
    {
        public bool TryGetValue(string key, out int value) => map.TryGetValue(key, out value);
    }

    private readonly struct Concurrent(ConcurrentMap<string, int> map) : IDirectRead
    {
        public bool TryGetValue(string key, out int value) => map.TryGetValue(key, out value);
    }

    private readonly struct CopyOnWrite(CopyOnWriteMap<string, int> map) : IDirectRead
    {
        public bool TryGetValue(string key, out int value) => map.TryGetValue(key, out value);
    }
}
