using StressMaps.Harness.Targets.Operations;

namespace StressMaps.Harness.Scenarios;

/// <summary>
/// One operation of a client task (a step of the scenario): plain data, so scenarios can be shrunk, stored and replayed. A step over
/// a map names its <paramref name="Kind"/> (and key and value); a step over a target class is a
/// <see cref="OperationKind.Call"/> of the operation named <paramref name="Member"/> with typed
/// <paramref name="Arguments"/>, or a use of what the task was handed (<c>Received*</c>, the lookup's key in <paramref name="Arguments"/>).
/// </summary>
/// <param name="Kind">What the step does.</param>
/// <param name="Key">The key it touches, when it touches one (map steps).</param>
/// <param name="Value">The value it writes, when it writes one (map steps).</param>
/// <param name="Member">The operation a <see cref="OperationKind.Call"/> makes: its unique name in the target's operation model (<see cref="TargetOperation.Name"/>).</param>
/// <param name="Arguments">The arguments of a call, or the key of a <see cref="OperationKind.ReceivedLookup"/>.</param>
public sealed record ScenarioOperation(
    OperationKind Kind, string? Key = null, int Value = 0, string? Member = null, IReadOnlyList<ArgumentValue>? Arguments = null)
{
    /// <summary>A call of the target class's operation <paramref name="member"/> with <paramref name="arguments"/>.</summary>
    public static ScenarioOperation Call(string member, params ArgumentValue[] arguments) => new(OperationKind.Call, Member: member, Arguments: arguments);

    /// <summary>Looks <paramref name="key"/> up in what the task was handed.</summary>
    public static ScenarioOperation ReceivedLookup(ArgumentValue key) => new(OperationKind.ReceivedLookup, Arguments: [key]);

    /// <summary>Counts what the task was handed.</summary>
    public static ScenarioOperation ReceivedCount() => new(OperationKind.ReceivedCount);

    /// <summary>Enumerates what the task was handed.</summary>
    public static ScenarioOperation ReceivedEnumerate() => new(OperationKind.ReceivedEnumerate);

    /// <summary>Whether the step is about a target class rather than a map.</summary>
    public bool IsClassStep => Kind is OperationKind.Call or OperationKind.ReceivedLookup or OperationKind.ReceivedCount or OperationKind.ReceivedEnumerate;

    /// <summary>Value equality, the arguments compared item by item.</summary>
    public bool Equals(ScenarioOperation? other) =>
        other is not null && Kind == other.Kind && Key == other.Key && Value == other.Value && Member == other.Member
        && (Arguments ?? []).SequenceEqual(other.Arguments ?? []);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Key, Value, Member, (Arguments ?? []).Count);

    /// <summary>Reads <paramref name="key"/>.</summary>
    public static ScenarioOperation Get(string key) => new(OperationKind.Get, key);

    /// <summary>Writes <paramref name="value"/> under <paramref name="key"/>.</summary>
    public static ScenarioOperation Set(string key, int value) => new(OperationKind.Set, key, value);

    /// <summary>Removes <paramref name="key"/>.</summary>
    public static ScenarioOperation Remove(string key) => new(OperationKind.Remove, key);

    /// <summary>Reads the count.</summary>
    public static ScenarioOperation Count() => new(OperationKind.Count);

    /// <summary>Enumerates the map.</summary>
    public static ScenarioOperation Enumerate() => new(OperationKind.Enumerate);

    /// <summary>Read-then-write increment of <paramref name="key"/>.</summary>
    public static ScenarioOperation Increment(string key) => new(OperationKind.Increment, key);

    /// <summary>Atomic increment of <paramref name="key"/>.</summary>
    public static ScenarioOperation AtomicIncrement(string key) => new(OperationKind.AtomicIncrement, key);

    /// <summary>Takes the handed-out map.</summary>
    public static ScenarioOperation Snapshot() => new(OperationKind.Snapshot);

    /// <summary>Reads <paramref name="key"/> from the handed-out map.</summary>
    public static ScenarioOperation ReadSnapshot(string key) => new(OperationKind.ReadSnapshot, key);

    /// <summary>Enumerates the handed-out map.</summary>
    public static ScenarioOperation EnumerateSnapshot() => new(OperationKind.EnumerateSnapshot);

    /// <summary>Writes <paramref name="value"/> under <paramref name="key"/> in the handed-out map.</summary>
    public static ScenarioOperation WriteSnapshot(string key, int value) => new(OperationKind.WriteSnapshot, key, value);

    /// <summary>Adds <paramref name="value"/> under <paramref name="key"/>, which must be absent.</summary>
    public static ScenarioOperation Add(string key, int value) => new(OperationKind.Add, key, value);

    /// <summary>Asks whether the map holds <paramref name="key"/>.</summary>
    public static ScenarioOperation ContainsKey(string key) => new(OperationKind.ContainsKey, key);

    /// <summary>Whether the step needs a map that offers an atomic update.</summary>
    public bool NeedsAtomicUpdate => Kind == OperationKind.AtomicIncrement;

    /// <summary>The step as tables print it: <c>set(a, 1)</c>, <c>snapshot()</c>.</summary>
    public override string ToString() => Kind switch
    {
        OperationKind.Call => CallText,
        OperationKind.ReceivedLookup => $"received.lookup({string.Join(", ", Arguments ?? [])})",
        OperationKind.ReceivedCount => "received.count()",
        OperationKind.ReceivedEnumerate => "received.enumerate()",
        OperationKind.Set or OperationKind.WriteSnapshot or OperationKind.Add => $"{Name}({Key}, {Value})",
        _ when Key is not null => $"{Name}({Key})",
        _ => $"{Name}()",
    };

    // Add(string,int) names an overload: the call prints as Add(a, 1); a setter as Limit = 3, an indexer as this[a].
    private string CallText
    {
        get
        {
            var member = Member ?? "?";
            var name = member.Contains('(') ? member[..member.IndexOf('(')] : member;
            var arguments = Arguments ?? [];
            return (name, arguments.Count) switch
            {
                ("Item", > 0) => $"this[{string.Join(", ", arguments)}]",
                ("set_Item", > 1) => $"this[{string.Join(", ", arguments.SkipLast(1))}] = {arguments[^1]}",
                (_, 1) when name.StartsWith("set_", StringComparison.Ordinal) => $"{name[4..]} = {arguments[0]}",
                _ => $"{name}({string.Join(", ", arguments)})",
            };
        }
    }

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
