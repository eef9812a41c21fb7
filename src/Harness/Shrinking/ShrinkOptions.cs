namespace StressMaps.Harness.Shrinking;

/// <summary>How hard shrinking tries.</summary>
/// <param name="CandidateIterations">Schedules explored per candidate scenario or seed exploration.</param>
/// <param name="MaxBound">The largest prioritization bound (priority changes) tried when seeding the schedule.</param>
/// <param name="SeedsPerBound">Explorations per bound, each with its own seed.</param>
/// <param name="MaxSteps">Scheduling steps a run may take (as the cell ran).</param>
/// <param name="Seed">The seed every exploration derives its own from.</param>
public sealed record ShrinkOptions(
    uint CandidateIterations = 100,
    uint MaxBound = 2,
    int SeedsPerBound = 3,
    uint MaxSteps = Exploration.ExplorationOptions.DefaultMaxSteps,
    uint Seed = Exploration.ExplorationOptions.DefaultSeed);
