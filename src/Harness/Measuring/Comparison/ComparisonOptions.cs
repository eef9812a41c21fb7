using StressMaps.Harness.Exploration;

namespace StressMaps.Harness.Measuring.Comparison;

/// <summary>How <c>stressmaps compare</c> pits exploration against stress on each bug-expected cell.</summary>
/// <param name="Strategies">Exploration strategies, each run over <paramref name="Seeds"/> seeds; the first sets the stress budget.</param>
/// <param name="Seeds">Trials per method: spread seeds for exploration, budgets for stress.</param>
/// <param name="Iterations">Iterations one exploration trial may take to find the bug.</param>
/// <param name="RunSeed">The run's seed; each cell derives its own, and each trial a spread seed from that.</param>
/// <param name="MaxSteps">Step bound of one schedule.</param>
/// <param name="StressTrialBudget">Seconds of one stress trial; null to give stress the same wall-clock time as the first strategy's trials took.</param>
/// <param name="RunTimeout">How long one stress run may take before it counts as a hang.</param>
public sealed record ComparisonOptions(
    IReadOnlyList<string> Strategies,
    int Seeds = ComparisonOptions.DefaultSeeds,
    uint Iterations = ComparisonOptions.DefaultIterations,
    uint RunSeed = ExplorationOptions.DefaultSeed,
    uint MaxSteps = ExplorationOptions.DefaultMaxSteps,
    TimeSpan? StressTrialBudget = null,
    TimeSpan? RunTimeout = null)
{
    /// <summary>Default trials per method.</summary>
    public const int DefaultSeeds = 100;

    /// <summary>
    /// Default strategy: of the six sampling strategies measured on the 16 bug-expected cells, random
    /// found every bug in the fewest iterations (docs/measuring.md, compare's "Second pass"); <c>run</c> keeps the portfolio.
    /// </summary>
    public const string DefaultStrategy = StrategyName.Random;

    /// <summary>Default iterations per exploration trial (the acceptance bar: found within 100).</summary>
    public const uint DefaultIterations = 100;
}
