using static StressMaps.Harness.Scenarios.ScenarioOperation;

namespace StressMaps.Harness.Scenarios;

/// <summary>The built-in client scenarios, each the smallest program that shows one way of sharing a map.</summary>
public static class ScenarioCatalog
{
    /// <summary>The seed's chapter 1: the owner writes while a caller reads and enumerates what it was handed.</summary>
    public static Scenario WriterVersusReader { get; } = new(
        "writer-vs-reader",
        "the owner writes while a caller reads and enumerates the map it was handed",
        Setup: [Set("a", 1)],
        Tasks:
        [
            [Set("b", 2), Set("c", 3)],
            [Snapshot(), ReadSnapshot("a"), EnumerateSnapshot()],
        ]);

    /// <summary>Two writers and one reader of the handed-out map.</summary>
    public static Scenario TwoWritersOneReader { get; } = new(
        "two-writers-one-reader",
        "two tasks write different keys while a third enumerates and reads the map it was handed",
        Setup: [Set("a", 1)],
        Tasks:
        [
            [Set("b", 2), Set("c", 3)],
            [Set("d", 4), Remove("a")],
            [Snapshot(), EnumerateSnapshot(), ReadSnapshot("b")],
        ]);

    /// <summary>Two callers hold what the map handed out; one writes to it while the other enumerates it.</summary>
    public static Scenario AliasedSnapshot { get; } = new(
        "aliased-snapshot",
        "two callers each take the handed-out map; one writes to it while the other enumerates it",
        Setup: [Set("a", 1)],
        Tasks:
        [
            [Snapshot(), WriteSnapshot("b", 2)],
            [Snapshot(), EnumerateSnapshot()],
        ]);

    /// <summary>The seed's lost update: read-then-write from two tasks. A bug on every map, even a concurrent one.</summary>
    public static Scenario LostUpdate { get; } = new(
        "lost-update",
        "two tasks increment one counter by reading then writing it; an update is lost on every map",
        Setup: [Set("n", 0)],
        Tasks:
        [
            [Increment("n")],
            [Increment("n")],
        ],
        Check: new FinalCheck("n", 2));

    /// <summary>The fix for the lost update: the map's own atomic update.</summary>
    public static Scenario AtomicUpdate { get; } = new(
        "atomic-update",
        "two tasks increment one counter through the map's atomic update; no update is lost",
        Setup: [Set("n", 0)],
        Tasks:
        [
            [AtomicIncrement("n")],
            [AtomicIncrement("n")],
        ],
        Check: new FinalCheck("n", 2));

    /// <summary>Every built-in scenario, in the order the matrix shows them.</summary>
    public static IReadOnlyList<Scenario> All { get; } =
        [WriterVersusReader, TwoWritersOneReader, AliasedSnapshot, LostUpdate, AtomicUpdate];

    /// <summary>Finds a scenario by name, ignoring case.</summary>
    public static Scenario? Find(string name) =>
        All.FirstOrDefault(scenario => string.Equals(scenario.Name, name, StringComparison.OrdinalIgnoreCase));
}
