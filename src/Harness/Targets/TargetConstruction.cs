using StressMaps.Harness.Targets.Operations;

namespace StressMaps.Harness.Targets;

/// <summary>
/// How a target's fresh instances are made, as plain data a run prints, run.json and a bundle store, and a
/// replay binds back to the member: a constructor or a public static method, with the arguments that made one.
/// </summary>
/// <param name="Kind">Which way: the user's <c>--factory</c>, a constructor or static factory taking domain values, the parameterless constructor, or a test's lambda.</param>
/// <param name="DeclaringType">The full name of the type that declares the member (the generic definition's for a generic type).</param>
/// <param name="Member"><c>.ctor</c> for a constructor, else the static method's name.</param>
/// <param name="Parameters">The member's parameter types as C# writes them, which pick the overload back.</param>
/// <param name="Arguments">The arguments that made an instance.</param>
/// <param name="Text">The call as C# writes it: <c>new BoundedCache(capacity: 1)</c>, <c>Registry.Create()</c>.</param>
public sealed record TargetConstruction(
    ConstructionKind Kind, string DeclaringType, string Member, IReadOnlyList<string> Parameters, IReadOnlyList<ArgumentValue> Arguments, string Text)
{
    /// <summary>The arguments tried before these that threw, each as <c>new BoundedCache(capacity: -1) threw ArgumentOutOfRangeException</c>.</summary>
    public IReadOnlyList<string> Refused { get; init; } = [];

    /// <summary>Said beside the construction when a replay cannot make it alone (<c>replay from the test</c> for a lambda); null otherwise.</summary>
    public string? Note { get; init; }

    /// <summary>Whether <c>stressmaps replay</c> can make the instance from this record alone.</summary>
    public bool IsReplayable => Kind != ConstructionKind.Lambda;

    /// <summary>The line a run prints: <c>made by new BoundedCache(capacity: 1) (capacity: -1 threw ...)</c>.</summary>
    public string Describe() =>
        $"made by {Text}" + (Note is null ? "" : $" ({Note})") + (Refused.Count == 0 ? "" : $"; refused first: {string.Join("; ", Refused.Take(2))}{(Refused.Count > 2 ? $"; {Refused.Count - 2} more refused" : "")}");
}
