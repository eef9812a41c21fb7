namespace StressMaps.Harness.Bundles.Shrinking;

/// <summary>How hard shrinking tries.</summary>
/// <param name="CandidateIterations">Schedules explored per candidate scenario or seed exploration.</param>
/// <param name="MaxBound">The largest prioritization bound (priority changes) tried when seeding the schedule.</param>
/// <param name="SeedsPerBound">Explorations per bound, each with its own seed.</param>
/// <param name="MaxSteps">Scheduling steps a run may take (as the cell ran).</param>
/// <param name="Seed">The seed every exploration derives its own from.</param>
/// <param name="InterleaveMemoryAccesses">Whether field accesses were scheduling points when the bug was found (as the cell ran).</param>
public sealed record ShrinkOptions(
    uint CandidateIterations = 100,
    uint MaxBound = 2,
    int SeedsPerBound = 3,
    uint MaxSteps = Exploration.ExplorationOptions.DefaultMaxSteps,
    uint Seed = Exploration.ExplorationOptions.DefaultSeed,
    bool InterleaveMemoryAccesses = false)
{
    /// <summary>The options of one exploration while shrinking: as the cell ran, with its own iterations, seed and strategy.</summary>
    public Exploration.ExplorationOptions Exploring(uint iterations, uint seed, string strategy = Exploration.StrategyName.Portfolio) =>
        new(strategy, iterations, seed, MaxSteps, InterleaveMemoryAccesses: InterleaveMemoryAccesses);
}
