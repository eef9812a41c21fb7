using System.CommandLine;
using StressMaps.Harness.Exploration;

namespace StressMaps.Cli.Inputs;

/// <summary>The options that say how to explore, shared by every command that explores.</summary>
public sealed class ExplorationInputs
{
    /// <summary>--strategy.</summary>
    public Option<string> Strategy { get; } = new("--strategy", "-s")
    {
        Description = $"Exploration strategy: {string.Join(", ", StrategyName.All)}.",
        DefaultValueFactory = _ => StrategyName.Portfolio,
    };

    /// <summary>--iterations.</summary>
    public Option<long> Iterations { get; } = new("--iterations", "-i")
    {
        Description = "Schedules to explore per cell; a safe verdict means this many without a bug.",
        DefaultValueFactory = _ => ExplorationOptions.DefaultIterations,
    };

    /// <summary>--seed.</summary>
    public Option<uint> Seed { get; } = new("--seed")
    {
        Description = "Seed of the run; each cell derives its own, spread, seed from it.",
        DefaultValueFactory = _ => ExplorationOptions.DefaultSeed,
    };

    /// <summary>--max-steps.</summary>
    public Option<long> MaxSteps { get; } = new("--max-steps")
    {
        Description = "Scheduling steps one schedule may take before it counts as a bug (a spin or livelock).",
        DefaultValueFactory = _ => ExplorationOptions.DefaultMaxSteps,
    };

    /// <summary>--exhaustive and --budget.</summary>
    public ProofInputs Proof { get; } = new();

    /// <summary>Adds these options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        Proof.AddTo(command);
        command.Options.Add(Strategy);
        command.Options.Add(Iterations);
        command.Options.Add(Seed);
        command.Options.Add(MaxSteps);
    }

    /// <summary>The validated exploration options; bad values are a <see cref="UsageException"/>.</summary>
    public ExplorationOptions Read(ParseResult parsed)
    {
        var typedStrategy = parsed.GetValue(Strategy) ?? StrategyName.Portfolio;
        var strategy = StrategyName.Normalize(typedStrategy)
            ?? throw new UsageException(
                $"unknown strategy '{typedStrategy}'. Valid strategies: {string.Join(", ", StrategyName.All)}.");
        var sampled = new ExplorationOptions(
            strategy,
            Positive(parsed.GetValue(Iterations), "--iterations"),
            parsed.GetValue(Seed),
            Positive(parsed.GetValue(MaxSteps), "--max-steps"));
        return Proof.Apply(parsed, sampled, Strategy, Iterations);
    }

    private static uint Positive(long value, string name) =>
        value is > 0 and <= uint.MaxValue
            ? (uint)value
            : throw new UsageException($"{name} must be a whole number from 1 to {uint.MaxValue}; got {value}.");
}
