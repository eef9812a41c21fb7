using System.Collections.Immutable;
using System.Globalization;
using StressMaps.Harness.Scenarios;

namespace StressMaps.Harness.Oracles.Linearizability;

/// <summary>
/// The sequential specification: a plain dictionary from string to int, as an immutable value so the
/// checker can branch on it and remember the states it has seen.
/// </summary>
public sealed class SequentialMapModel : IEquatable<SequentialMapModel>
{
    private readonly ImmutableSortedDictionary<string, int> _entries;
    private string? _key;

    private SequentialMapModel(ImmutableSortedDictionary<string, int> entries) => _entries = entries;

    /// <summary>The empty map.</summary>
    public static SequentialMapModel Empty { get; } = new(ImmutableSortedDictionary<string, int>.Empty.WithComparers(StringComparer.Ordinal));

    /// <summary>Whether the model knows <paramref name="kind"/>; snapshot operations act on a copy it does not track.</summary>
    public static bool Supports(OperationKind kind) => kind is OperationKind.Get or OperationKind.Set or OperationKind.Remove
        or OperationKind.Count or OperationKind.Enumerate or OperationKind.Increment or OperationKind.AtomicIncrement
        or OperationKind.Add or OperationKind.ContainsKey;

    /// <summary>
    /// Whether the answer of <paramref name="kind"/> is compared. An enumeration's count is not:
    /// <c>ConcurrentDictionary</c> documents its enumerator as weakly consistent, not a snapshot, so a
    /// thread-safe map may see some writes made during the enumeration and miss others.
    /// </summary>
    public static bool ChecksAnswerOf(OperationKind kind) => kind != OperationKind.Enumerate;

    /// <summary>Performs <paramref name="operation"/> on this state: what the model answers, and the state after.</summary>
    public (string Result, SequentialMapModel After) Apply(ScenarioOperation operation)
    {
        var key = operation.Key ?? "";
        var present = _entries.TryGetValue(key, out var current);
        return operation.Kind switch
        {
            OperationKind.Get => (present ? Text(current) : OperationResults.Absent, this),
            OperationKind.Set => (OperationResults.Ok, With(_entries.SetItem(key, operation.Value))),
            OperationKind.Remove => (present ? "true" : "false", present ? With(_entries.Remove(key)) : this),
            OperationKind.Count or OperationKind.Enumerate => (Text(_entries.Count), this),
            OperationKind.Increment or OperationKind.AtomicIncrement =>
                (Text((present ? current : 0) + 1), With(_entries.SetItem(key, (present ? current : 0) + 1))),
            OperationKind.Add => present
                ? (OperationResults.Threw(typeof(ArgumentException)), this)
                : (OperationResults.Ok, With(_entries.Add(key, operation.Value))),
            OperationKind.ContainsKey => (present ? "true" : "false", this),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation.Kind, "the sequential model does not know this operation"),
        };
    }

    /// <summary>Whether two states hold the same entries.</summary>
    public bool Equals(SequentialMapModel? other) => other is not null && Key == other.Key;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SequentialMapModel);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <summary>The entries as <c>{a=1, b=2}</c>.</summary>
    public override string ToString() => Key;

    private string Key => _key ??= "{" + string.Join(", ", _entries.Select(entry => $"{entry.Key}={Text(entry.Value)}")) + "}";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static SequentialMapModel With(ImmutableSortedDictionary<string, int> entries) => new(entries);
}
