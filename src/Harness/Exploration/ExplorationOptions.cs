namespace StressMaps.Harness.Exploration;

/// <summary>How one cell is explored. Everything a verdict depends on is here, so it can be printed and stored.</summary>
/// <param name="Strategy">One of <see cref="StrategyName.All"/>, or <see cref="StrategyName.Exhaustive"/> to explore every schedule.</param>
/// <param name="Iterations">How many schedules to explore at most; stops early at the first bug (an exhaustive search also when its space runs dry; <see cref="uint.MaxValue"/> for no count limit).</param>
/// <param name="Seed">The seed of the strategy's random choices.</param>
/// <param name="MaxSteps">Scheduling steps one iteration may take before it counts as a bug (a spin or a livelock).</param>
/// <param name="TimeBudget">Wall-clock limit for the cell, or null for none (an exhaustive search checks it between schedules).</param>
/// <param name="InterleaveMemoryAccesses">
/// Whether every field access in rewritten code is a scheduling point (Coyote's memory-access race
/// checking), so races on plain fields inside a user's map are explored. It costs speed.
/// </param>
/// <param name="Reduction">With the exhaustive strategy, <see cref="ReductionName.Dpor"/> or <see cref="ReductionName.None"/> (plain depth-first search).</param>
/// <param name="ProofSchedules">
/// With a sampling strategy, the schedules a proof attempt may take first on a cell whose steps say what they touch
/// (<see cref="Exhaustive.ProofFirst"/>); 0 for none, the library's default (the command line's is <see cref="Exhaustive.ProofFirst.DefaultSchedules"/>).
/// </param>
public sealed record ExplorationOptions(
    string Strategy = StrategyName.Portfolio,
    uint Iterations = ExplorationOptions.DefaultIterations,
    uint Seed = ExplorationOptions.DefaultSeed,
    uint MaxSteps = ExplorationOptions.DefaultMaxSteps,
    TimeSpan? TimeBudget = null,
    bool InterleaveMemoryAccesses = false,
    string Reduction = ReductionName.Dpor,
    uint ProofSchedules = 0)
{
    /// <summary>Default iterations: a safe verdict means this many schedules without a bug.</summary>
    public const uint DefaultIterations = 1000;

    /// <summary>Default seed of a run; each cell derives its own from it.</summary>
    public const uint DefaultSeed = 20261126;

    /// <summary>Default step bound: the built-in scenarios take under 100 steps.</summary>
    public const uint DefaultMaxSteps = 2000;

    /// <summary>The same options with a different seed.</summary>
    public ExplorationOptions WithSeed(uint seed) => this with { Seed = seed };
}
