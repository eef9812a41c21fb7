using StressMaps.Harness.Exploration;

namespace StressMaps.Harness.Sessions.ScaleOut;

/// <summary>What a parent process sends a worker process: one unit and the run's options (one JSON line).</summary>
/// <param name="Unit">The slice of a cell to explore.</param>
/// <param name="Strategy">The run's strategy.</param>
/// <param name="Iterations">The run's iterations per cell (the slice takes its share).</param>
/// <param name="Seed">The run's seed (the slice derives its own).</param>
/// <param name="MaxSteps">The run's step bound.</param>
/// <param name="ProofSchedules">The schedules a whole cell's proof attempt may take before it is sampled (0: none).</param>
public sealed record WorkRequest(WorkUnit Unit, string Strategy, uint Iterations, uint Seed, uint MaxSteps, uint ProofSchedules = 0)
{
    /// <summary>The request for <paramref name="unit"/> of a run with <paramref name="options"/>.</summary>
    public static WorkRequest For(WorkUnit unit, ExplorationOptions options) =>
        new(unit, options.Strategy, options.Iterations, options.Seed, options.MaxSteps, options.ProofSchedules);

    /// <summary>The run's options.</summary>
    public ExplorationOptions RunOptions => new(Strategy, Iterations, Seed, MaxSteps, ProofSchedules: ProofSchedules);
}
