namespace StressMaps.Harness.Scenarios;

/// <summary>One step of a client task: plain data, so scenarios can be shrunk, stored and replayed.</summary>
/// <param name="Kind">What the step does.</param>
/// <param name="Key">The key it touches, when it touches one.</param>
/// <param name="Value">The value it writes, when it writes one.</param>
public sealed record MapOperation(OperationKind Kind, string? Key = null, int Value = 0)
{
    /// <summary>Reads <paramref name="key"/>.</summary>
    public static MapOperation Get(string key) => new(OperationKind.Get, key);

    /// <summary>Writes <paramref name="value"/> under <paramref name="key"/>.</summary>
    public static MapOperation Set(string key, int value) => new(OperationKind.Set, key, value);

    /// <summary>Removes <paramref name="key"/>.</summary>
    public static MapOperation Remove(string key) => new(OperationKind.Remove, key);

    /// <summary>Reads the count.</summary>
    public static MapOperation Count() => new(OperationKind.Count);

    /// <summary>Enumerates the map.</summary>
    public static MapOperation Enumerate() => new(OperationKind.Enumerate);

    /// <summary>Read-then-write increment of <paramref name="key"/>.</summary>
    public static MapOperation Increment(string key) => new(OperationKind.Increment, key);

    /// <summary>Atomic increment of <paramref name="key"/>.</summary>
    public static MapOperation AtomicIncrement(string key) => new(OperationKind.AtomicIncrement, key);

    /// <summary>Takes the handed-out map.</summary>
    public static MapOperation Snapshot() => new(OperationKind.Snapshot);

    /// <summary>Reads <paramref name="key"/> from the handed-out map.</summary>
    public static MapOperation ReadSnapshot(string key) => new(OperationKind.ReadSnapshot, key);

    /// <summary>Enumerates the handed-out map.</summary>
    public static MapOperation EnumerateSnapshot() => new(OperationKind.EnumerateSnapshot);

    /// <summary>Writes <paramref name="value"/> under <paramref name="key"/> in the handed-out map.</summary>
    public static MapOperation WriteSnapshot(string key, int value) => new(OperationKind.WriteSnapshot, key, value);

    /// <summary>Adds <paramref name="value"/> under <paramref name="key"/>, which must be absent.</summary>
    public static MapOperation Add(string key, int value) => new(OperationKind.Add, key, value);

    /// <summary>Asks whether the map holds <paramref name="key"/>.</summary>
    public static MapOperation ContainsKey(string key) => new(OperationKind.ContainsKey, key);

    /// <summary>Whether the step needs a map that offers an atomic update.</summary>
    public bool NeedsAtomicUpdate => Kind == OperationKind.AtomicIncrement;

    /// <summary>The step as tables print it: <c>set(a, 1)</c>, <c>snapshot()</c>.</summary>
    public override string ToString() => Kind switch
    {
        OperationKind.Set or OperationKind.WriteSnapshot or OperationKind.Add => $"{Name}({Key}, {Value})",
        _ when Key is not null => $"{Name}({Key})",
        _ => $"{Name}()",
    };

    private string Name => Kind switch
    {
        OperationKind.AtomicIncrement => "atomic-increment",
        OperationKind.ReadSnapshot => "snapshot.get",
        OperationKind.EnumerateSnapshot => "snapshot.enumerate",
        OperationKind.WriteSnapshot => "snapshot.set",
        OperationKind.ContainsKey => "contains-key",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
