using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Targets.Loading;

namespace StressMaps.Harness.Oracles;

/// <summary>
/// The framework's own maps under their documented contracts, over the dictionary scenarios: the
/// table that shows the oracles tell a thread-safe map from one that is not.
/// </summary>
public static class FrameworkTruthTable
{
    /// <summary>The types and the contracts their documentation states.</summary>
    public static IReadOnlyList<(string TypeName, ThreadSafetyContract Contract)> Rows { get; } =
    [
        ("System.Collections.Generic.Dictionary`2", ThreadSafetyContract.NotThreadSafe),
        ("System.Collections.Generic.SortedDictionary`2", ThreadSafetyContract.NotThreadSafe),
        ("System.Collections.Generic.SortedList`2", ThreadSafetyContract.NotThreadSafe),
        ("System.Collections.Concurrent.ConcurrentDictionary`2", ThreadSafetyContract.ThreadSafe),
    ];

    /// <summary>The rows as targets.</summary>
    public static IReadOnlyList<Target> Targets() =>
        Rows.Select(row => UserTargetLoader.Load(null, row.TypeName, row.Contract).Target).ToList();

    /// <summary>The scenarios of the table.</summary>
    public static IReadOnlyList<Scenario> Scenarios => DictionaryScenarioCatalog.All;
}
