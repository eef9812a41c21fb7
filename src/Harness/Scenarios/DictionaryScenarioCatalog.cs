using static StressMaps.Harness.Scenarios.ScenarioOperation;

namespace StressMaps.Harness.Scenarios;

/// <summary>
/// Client scenarios over a dictionary's own operations (indexer, <c>Add</c>, <c>TryGetValue</c>,
/// <c>Remove</c>, <c>ContainsKey</c>, <c>Count</c>, enumeration), for targets that hand nothing out.
/// Every one but the read-then-write counter is made of single calls, which a thread-safe map must get right.
/// </summary>
public static class DictionaryScenarioCatalog
{
    /// <summary>Two tasks write different keys while a third reads.</summary>
    public static Scenario ConcurrentWrites { get; } = new(
        "concurrent-writes",
        "two tasks write different keys while a third reads them",
        Setup: [Set("a", 1)],
        Tasks:
        [
            [Set("b", 2), Get("a")],
            [Set("c", 3), Remove("a")],
            [Get("b"), ContainsKey("c")],
        ],
        Check: new FinalCheck("b", 2));

    /// <summary>Two tasks add the same key: exactly one must get <see cref="ArgumentException"/>.</summary>
    public static Scenario AddSameKey { get; } = new(
        "add-same-key",
        "two tasks Add one key; exactly one of them must be told it is already there",
        Setup: [],
        Tasks:
        [
            [Add("k", 1)],
            [Add("k", 2)],
        ]);

    /// <summary>Two tasks add different keys and read the count.</summary>
    public static Scenario CountAfterAdds { get; } = new(
        "count-after-adds",
        "two tasks add different keys, then read the count; a lost count shows",
        Setup: [],
        Tasks:
        [
            [Set("a", 1), Count()],
            [Set("b", 2), Count()],
        ]);

    /// <summary>A task enumerates while another writes and removes.</summary>
    public static Scenario EnumerateWhileWriting { get; } = new(
        "enumerate-while-writing",
        "a task enumerates the map while another writes and removes entries",
        Setup: [Set("a", 1), Set("b", 2)],
        Tasks:
        [
            [Enumerate()],
            [Set("c", 3), Remove("a")],
        ]);

    /// <summary>Readers only: no call writes, so every contract allows the overlaps.</summary>
    public static Scenario ConcurrentReads { get; } = new(
        "concurrent-reads",
        "two tasks only read; no contract forbids that",
        Setup: [Set("a", 1), Set("b", 2)],
        Tasks:
        [
            [Get("a"), ContainsKey("b"), Count()],
            [Get("b"), Enumerate()],
        ]);

    /// <summary>Every dictionary scenario, single-call ones first, then the compound read-then-write counter.</summary>
    public static IReadOnlyList<Scenario> All { get; } =
        [ConcurrentWrites, AddSameKey, CountAfterAdds, EnumerateWhileWriting, ConcurrentReads, ScenarioCatalog.LostUpdate];
}
