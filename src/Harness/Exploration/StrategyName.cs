namespace StressMaps.Harness.Exploration;

/// <summary>The exploration strategies, by the kebab-case names Coyote users already type.</summary>
public static class StrategyName
{
    /// <summary>Coyote's default: each iteration takes the next of random, probabilistic, prioritization and delay-bounding.</summary>
    public const string Portfolio = "portfolio";

    /// <summary>Uniformly random choice at every scheduling point.</summary>
    public const string Random = "random";

    /// <summary>Probabilistic concurrency testing (PCT): random priorities and a few priority changes.</summary>
    public const string Prioritization = "prioritization";

    /// <summary>Prioritization that stays fair, for programs that spin or wait.</summary>
    public const string FairPrioritization = "fair-prioritization";

    /// <summary>Random with a coin biased towards staying on the same task.</summary>
    public const string Probabilistic = "probabilistic";

    /// <summary>Round robin with a bounded number of delays.</summary>
    public const string DelayBounding = "delay-bounding";

    /// <summary>Reinforcement learning over the schedules seen so far.</summary>
    public const string QLearning = "q-learning";

    /// <summary>
    /// Coyote's depth-first search over every schedule: what <c>--exhaustive</c> runs. Not among
    /// <see cref="All"/>, the sampling strategies, because its verdict is of another kind.
    /// </summary>
    public const string Exhaustive = "dfs";

    /// <summary>Every name, the default first.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Portfolio, Random, Prioritization, FairPrioritization, Probabilistic, DelayBounding, QLearning];

    /// <summary>The canonical name for <paramref name="name"/>, ignoring case, or null when unknown.</summary>
    public static string? Normalize(string name) =>
        All.FirstOrDefault(known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase));
}
