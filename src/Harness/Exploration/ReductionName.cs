namespace StressMaps.Harness.Exploration;

/// <summary>How an exhaustive search merges equivalent schedules (<c>--reduction</c>).</summary>
public static class ReductionName
{
    /// <summary>
    /// Dynamic partial-order reduction (source sets and sleep sets), on cells whose steps report what they touch
    /// (the built-in matrix); elsewhere it falls back to depth-first search. The default.
    /// </summary>
    public const string Dpor = "dpor";

    /// <summary>Coyote's plain depth-first search: every interleaving, nothing merged (for comparison).</summary>
    public const string None = "none";

    /// <summary>Every reduction a user may name.</summary>
    public static IReadOnlyList<string> All { get; } = [Dpor, None];
}
