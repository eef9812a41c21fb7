namespace StressMaps.Harness.Scenarios;

/// <summary>What one step of a client task does. The names are the ones scenario files and tables use.</summary>
public enum OperationKind
{
    /// <summary>Reads one key from the map.</summary>
    Get,

    /// <summary>Writes one key of the map.</summary>
    Set,

    /// <summary>Removes one key from the map.</summary>
    Remove,

    /// <summary>Reads the map's count.</summary>
    Count,

    /// <summary>Enumerates the map itself, entry by entry.</summary>
    Enumerate,

    /// <summary>Read-then-write: reads the key, then writes the value plus one (the lost update).</summary>
    Increment,

    /// <summary>Adds one to the key through the map's own atomic update.</summary>
    AtomicIncrement,

    /// <summary>Asks the map for the whole map (<c>Snapshot()</c>) and keeps what it hands out.</summary>
    Snapshot,

    /// <summary>Reads one key of the map this task was handed.</summary>
    ReadSnapshot,

    /// <summary>Enumerates the map this task was handed, entry by entry.</summary>
    EnumerateSnapshot,

    /// <summary>Writes one key of the map this task was handed, when it is writable.</summary>
    WriteSnapshot,

    /// <summary>Adds a key that must be absent (<c>IDictionary.Add</c>); an existing key throws <see cref="ArgumentException"/>.</summary>
    Add,

    /// <summary>Asks whether the map holds one key.</summary>
    ContainsKey,

    /// <summary>Calls one operation of a target class (<see cref="ScenarioOperation.Member"/>, with <see cref="ScenarioOperation.Arguments"/>); what it hands out, the task keeps.</summary>
    Call,

    /// <summary>Looks one key up in what this task was last handed (a dictionary), or searches it for one item (another collection).</summary>
    ReceivedLookup,

    /// <summary>Counts what this task was last handed.</summary>
    ReceivedCount,

    /// <summary>Enumerates what this task was last handed, with a scheduling point per entry.</summary>
    ReceivedEnumerate,
}
