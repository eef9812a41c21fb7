using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Maps;

namespace StressMaps.Harness.Oracles;

/// <summary>What the steps of a scenario ask of a target: which calls they make on it, and whether a target offers them.</summary>
public static class TargetCalls
{
    /// <summary>Whether <paramref name="kind"/> calls the target itself (not the map it handed out).</summary>
    public static bool CallsTarget(OperationKind kind) =>
        kind is not (OperationKind.ReadSnapshot or OperationKind.EnumerateSnapshot or OperationKind.WriteSnapshot);

    /// <summary>Whether <paramref name="kind"/> may change the target.</summary>
    public static bool Writes(OperationKind kind) => kind is OperationKind.Set or OperationKind.Remove or OperationKind.Add
        or OperationKind.Increment or OperationKind.AtomicIncrement;

    /// <summary>Whether <paramref name="map"/> (a fresh instance) offers what <paramref name="kind"/> calls.</summary>
    public static bool Offers(IMap<string, int> map, OperationKind kind) => kind switch
    {
        OperationKind.AtomicIncrement => map is IAtomicUpdateMap<string, int>,
        OperationKind.Add or OperationKind.ContainsKey => map is IDictionaryOperations,
        OperationKind.Snapshot or OperationKind.ReadSnapshot or OperationKind.EnumerateSnapshot or OperationKind.WriteSnapshot =>
            map is not Targets.Loading.DictionaryMapAdapter,
        _ => true,
    };

    /// <summary>The operation kinds a fresh instance of <paramref name="target"/> offers, among those scenarios over one map use.</summary>
    public static IReadOnlyList<OperationKind> OfferedBy(Target target)
    {
        if (target.Class is not null)
        {
            return [OperationKind.Call];
        }

        var map = target.Create();
        OperationKind[] candidates =
        [
            OperationKind.Get, OperationKind.Set, OperationKind.Remove, OperationKind.Count, OperationKind.Enumerate,
            OperationKind.Add, OperationKind.ContainsKey,
        ];
        return candidates.Where(kind => Offers(map, kind)).ToList();
    }
}
