using System.Text.Json.Nodes;

namespace StressMaps.Harness.Exploration.Exhaustive;

/// <summary>
/// The reproducible trace that starts Coyote's depth-first search. The strategy is internal to
/// Coyote 1.7.11, but a trace naming it with no steps replays nothing and then explores with it.
/// Coyote's <c>TraceReport.FromJson</c> overwrites every setting below (a missing one becomes 0 or
/// false), so each is written here with the value <see cref="CoyoteConfigurations"/> uses elsewhere.
/// </summary>
public static class DfsTrace
{
    /// <summary>The strategy's name in a trace's settings.</summary>
    public const string StrategyName = "dfs";

    /// <summary>
    /// How long, in milliseconds, no operation may progress before Coyote's periodic monitor reports a
    /// potential deadlock. Its default of 1 s gave a false one after 43,478 schedules on a 2-core machine
    /// at load 50; a real deadlock (every operation blocked) is detected at once, without the monitor.
    /// </summary>
    public const uint DeadlockTimeoutMilliseconds = 10_000;

    /// <summary>The trace JSON that explores <paramref name="options"/>' scenario depth first.</summary>
    public static string For(ExplorationOptions options) => new JsonObject
    {
        ["TestName"] = "StressMaps",
        ["Settings"] = new JsonObject
        {
            ["Strategy"] = StrategyName,
            ["StrategyBound"] = 0,
            ["Seed"] = options.Seed,
            ["MaxFairSchedulingSteps"] = 10 * (long)options.MaxSteps,
            ["MaxUnfairSchedulingSteps"] = (long)options.MaxSteps,

            // Coyote's defaults; FromJson would zero them otherwise.
            ["TimeoutDelay"] = 10,
            ["DeadlockTimeout"] = DeadlockTimeoutMilliseconds,
            ["PortfolioMode"] = "none",
            ["IsLivenessCheckingEnabled"] = false,
            ["LivenessTemperatureThreshold"] = 0,
            ["IsCollectionAccessRaceCheckingEnabled"] = true,
            ["IsLockAccessRaceCheckingEnabled"] = true,
            ["IsAtomicOperationRaceCheckingEnabled"] = true,
            ["IsVolatileOperationRaceCheckingEnabled"] = true,
            ["IsMemoryAccessRaceCheckingEnabled"] = options.InterleaveMemoryAccesses,
            ["IsControlFlowRaceCheckingEnabled"] = false,
            ["IsPartiallyControlledConcurrencyAllowed"] = true,
            ["IsPartiallyControlledDataNondeterminismAllowed"] = true,
            ["UncontrolledConcurrencyResolutionAttempts"] = 10,
            ["UncontrolledConcurrencyResolutionDelay"] = 1000,
        },
        ["Steps"] = new JsonArray(),
    }.ToJsonString();
}
