using System.Text.Json.Serialization;

namespace StressMaps.Harness.Verdicts;

/// <summary>What exploring one cell concluded. Stored in files as one lower-case word (<see cref="VerdictKindJson"/>).</summary>
[JsonConverter(typeof(VerdictKindJson))]
public enum VerdictKind
{
    /// <summary>No explored schedule showed a bug (as good as the exploration behind it).</summary>
    Safe,

    /// <summary>A schedule showed a bug.</summary>
    Bug,

    /// <summary>Not explored: the target lacks what the scenario needs.</summary>
    Skipped,
}
