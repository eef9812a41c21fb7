using StressMaps.Harness.Exploration;
using StressMaps.Harness.Scenarios.Generation;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Targets.Loading;

namespace StressMaps.Testing;

/// <summary>
/// How <see cref="StressMapsTest"/> explores a type: the options of <c>stressmaps run --type</c>, with its defaults.
/// </summary>
public sealed record StressMapsOptions
{
    /// <summary>What the type promises: <c>thread-safe</c> (judged by linearizability), <c>not-thread-safe</c> or <c>single-writer</c> (judged by the contract detector).</summary>
    public string Contract { get; init; } = ContractNames.ThreadSafe;

    /// <summary>Scenario names to run (catalog or generated, such as <c>concurrent-writes</c>); null for every one the type supports.</summary>
    public IReadOnlyList<string>? Scenarios { get; init; }

    /// <summary>Random scenarios generated from <see cref="Seed"/> and added to the catalog's.</summary>
    public int Generate { get; init; } = ScenarioGenerator.DefaultCount;

    /// <summary>Schedules explored per scenario at most (each stops at its first bug).</summary>
    public uint Iterations { get; init; } = ExplorationOptions.DefaultIterations;

    /// <summary>The run seed; each scenario derives its own from it, so a result is reproducible.</summary>
    public uint Seed { get; init; } = ExplorationOptions.DefaultSeed;

    /// <summary>One of <c>portfolio</c>, <c>random</c>, <c>prioritization</c>, ... as <c>stressmaps list</c> prints them.</summary>
    public string Strategy { get; init; } = StrategyName.Portfolio;

    /// <summary>Scheduling steps one schedule may take before it counts as a bug (a spin or livelock).</summary>
    public uint MaxSteps { get; init; } = ExplorationOptions.DefaultMaxSteps;

    /// <summary>Whether every field access of the type is a scheduling point, so races on plain fields are explored.</summary>
    public bool FieldInterleaving { get; init; } = true;

    /// <summary>Where bug bundles are written (<c>bugs/</c> inside it); relative paths are under the test's working folder.</summary>
    public string OutputFolder { get; init; } = "stressmaps-out";

    /// <summary>For a class: keep only these operations (by name or member name), as <c>--operations</c>; null keeps all.</summary>
    public IReadOnlyList<string>? Operations { get; init; }

    /// <summary>For a class: drop these operations, as <c>--exclude</c> (a safe verdict then says it is partial when one writes state).</summary>
    public IReadOnlyList<string>? Exclude { get; init; }

    /// <summary>For a class: do not judge these operations' answers, as <c>--relaxed</c>.</summary>
    public IReadOnlyList<string>? Relaxed { get; init; }

    /// <summary>Whether each bug is shrunk to its smallest scenario and schedule before its bundle is written.</summary>
    public bool Shrink { get; init; } = true;

    /// <summary>The class-target options these stand for.</summary>
    internal ClassTargetOptions ToClassOptions() =>
        ClassTargetOptions.Default with { Operations = Operations ?? [], Exclude = Exclude ?? [], Relaxed = Relaxed ?? [] };

    /// <summary>The exploration options these stand for.</summary>
    internal ExplorationOptions ToExploration(bool rewritten) =>
        new(Strategy, Iterations, Seed, MaxSteps, TimeBudget: null, InterleaveMemoryAccesses: FieldInterleaving && rewritten);
}
