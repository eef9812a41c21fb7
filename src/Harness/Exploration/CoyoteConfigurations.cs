using Microsoft.Coyote;

namespace StressMaps.Harness.Exploration;

/// <summary>Turns <see cref="ExplorationOptions"/> into a Coyote <see cref="Configuration"/>.</summary>
public static class CoyoteConfigurations
{
    /// <summary>Default bound of the prioritization and delay-bounding strategies (Coyote's own default).</summary>
    public const uint DefaultStrategyBound = 10;

    /// <summary>The configuration that explores with <paramref name="options"/>.</summary>
    public static Configuration ForExploration(ExplorationOptions options)
    {
        var configuration = WithStrategy(Base(options), options.Strategy)
            .WithTestingIterations(options.Iterations)
            .WithRandomGeneratorSeed(options.Seed);
        if (options.TimeBudget is { } budget)
        {
            configuration = configuration.WithTestingTimeout(Math.Max(1, (int)Math.Ceiling(budget.TotalSeconds)));
        }

        return configuration;
    }

    /// <summary>
    /// The configuration that replays <paramref name="trace"/>. The step bound is not kept in the
    /// trace, so it comes from <paramref name="options"/> as stored with the run.
    /// </summary>
    public static Configuration ForReplay(ExplorationOptions options, string trace) =>
        Base(options).WithReproducibleTrace(trace);

    /// <summary>
    /// The configuration that explores with the prioritization strategy and at most
    /// <paramref name="bound"/> priority changes: a small bound finds schedules with few preemptions.
    /// </summary>
    public static Configuration ForBoundedPrioritization(ExplorationOptions options, uint bound) =>
        Base(options)
            .WithPrioritizationStrategy(false, bound)
            .WithTestingIterations(options.Iterations)
            .WithRandomGeneratorSeed(options.Seed);

    /// <summary>
    /// The configuration that explores every schedule with Coyote's depth-first search, at most
    /// <see cref="ExplorationOptions.Iterations"/> of them. A schedule cut by the step bound is not
    /// a bug here: the search counts it as not covered instead.
    /// </summary>
    public static Configuration ForExhaustive(ExplorationOptions options) =>
        Base(options)
            .WithFailureOnMaxStepsBoundEnabled(false)
            .WithTestingIterations(options.Iterations)
            .WithReproducibleTrace(Exhaustive.DfsTrace.For(options));

    /// <summary>
    /// The configuration a partial-order reduction drives through StressMaps.Reduction's SchedulerDoor:
    /// the random strategy, which, handed one operation at every decision, can only take it; no
    /// fallback to fuzzing, which would replace the scheduler the door reaches; and the exhaustive
    /// search's deadlock timeout.
    /// </summary>
    public static Configuration ForPartialOrderReduction(ExplorationOptions options) =>
        Base(options)
            .WithRandomStrategy()
            .WithSystematicFuzzingFallbackEnabled(false)
            .WithDeadlockTimeout(Exhaustive.DfsTrace.DeadlockTimeoutMilliseconds)
            .WithFailureOnMaxStepsBoundEnabled(false)
            .WithTestingIterations(options.Iterations)
            .WithRandomGeneratorSeed(options.Seed);

    private static Configuration Base(ExplorationOptions options) =>
        Configuration.Create()
            .WithTelemetryEnabled(false)
            .WithConsoleLoggingEnabled(false)
            .WithMaxSchedulingSteps(options.MaxSteps)
            .WithFailureOnMaxStepsBoundEnabled(true)
            .WithPotentialDeadlocksReportedAsBugs(true)
            .WithMemoryAccessRaceCheckingEnabled(options.InterleaveMemoryAccesses)
            // Coyote's defaults, pinned: the footprint notes take Interlocked and Volatile to reach a point before their access.
            .WithAtomicOperationRaceCheckingEnabled(true)
            .WithVolatileOperationRaceCheckingEnabled(true);

    private static Configuration WithStrategy(Configuration configuration, string strategy) => strategy switch
    {
        // Coyote's Configuration.Create() already runs the fair portfolio.
        StrategyName.Portfolio => configuration,
        StrategyName.Random => configuration.WithRandomStrategy(),
        StrategyName.Prioritization => configuration.WithPrioritizationStrategy(false, DefaultStrategyBound),
        StrategyName.FairPrioritization => configuration.WithPrioritizationStrategy(true, DefaultStrategyBound),
        StrategyName.Probabilistic => configuration.WithProbabilisticStrategy(3),
        StrategyName.DelayBounding => configuration.WithDelayBoundingStrategy(false, DefaultStrategyBound),
        StrategyName.QLearning => configuration.WithQLearningStrategy(),
        _ => throw new ArgumentException(
            $"Unknown strategy '{strategy}'. Valid strategies: {string.Join(", ", StrategyName.All)}.", nameof(strategy)),
    };
}
