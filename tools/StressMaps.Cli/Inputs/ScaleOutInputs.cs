using System.CommandLine;
using StressMaps.Cli.ScaleOut;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Sessions.ScaleOut;

namespace StressMaps.Cli.Inputs;

/// <summary>--parallel, --shard and --slices: how <c>run</c> spreads its work over processes and machines.</summary>
public sealed class ScaleOutInputs
{
    /// <summary>Most worker processes one run may start.</summary>
    public const int MaxWorkers = 64;

    /// <summary>Most slices a cell may be cut into.</summary>
    public const int MaxSlices = 10_000;

    /// <summary>Workers when --parallel is not given: one per core.</summary>
    public static int DefaultWorkers { get; } = Math.Clamp(Environment.ProcessorCount, 1, MaxWorkers);

    /// <summary>--parallel.</summary>
    public Option<int> Parallel { get; } = new("--parallel", "-p")
    {
        Description = $"Worker processes to explore the built-in matrix in (default: the number of cores, {DefaultWorkers} here; 1 explores in this process).",
        DefaultValueFactory = _ => DefaultWorkers,
    };

    /// <summary>--shard.</summary>
    public Option<string?> Shard { get; } = new("--shard")
    {
        Description = "Run only shard I of N (for example 2/4) of the work, for a CI matrix; merge the shards with 'stressmaps merge'.",
    };

    /// <summary>--slices.</summary>
    public Option<int?> Slices { get; } = new("--slices")
    {
        Description = "Cut each cell's iterations into this many slices, each explored with its own spread seed (default 1).",
    };

    /// <summary>Adds these options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Parallel);
        command.Options.Add(Shard);
        command.Options.Add(Slices);
    }

    /// <summary>Whether the user asked to spread the run at all.</summary>
    public bool IsUsed(ParseResult parsed) =>
        parsed.GetResult(Parallel) is { Implicit: false } || parsed.GetValue(Shard) is not null || parsed.GetValue(Slices) is not null;

    /// <summary>
    /// The shard of a run over named types, which spreads by shard only (its cells run one watched worker at a
    /// time); --parallel or --slices there is a <see cref="UsageException"/>.
    /// </summary>
    public ShardSpec? ReadShardOnly(ParseResult parsed) =>
        parsed.GetResult(Parallel) is { Implicit: false } || parsed.GetValue(Slices) is not null
            ? throw new UsageException("--parallel and --slices spread the built-in matrix only; with --type, split the run with --shard I/N.")
            : ReadShard(parsed);

    /// <summary>
    /// The validated layout, or null for an exhaustive search, which runs in this process (the default
    /// --parallel does not apply to it); bad values are a <see cref="UsageException"/>.
    /// </summary>
    public ScaleOutLayout? Read(ParseResult parsed, ExplorationOptions options)
    {
        if (options.Strategy == StrategyName.Exhaustive)
        {
            return IsUsed(parsed)
                ? throw new UsageException("--exhaustive runs each cell's search in one process; leave out --parallel, --shard and --slices.")
                : null;
        }

        var workers = parsed.GetValue(Parallel);
        if (workers is < 1 or > MaxWorkers)
        {
            throw new UsageException($"--parallel must be a whole number from 1 to {MaxWorkers}; got {workers}.");
        }

        var shard = ReadShard(parsed);

        var slices = parsed.GetValue(Slices) ?? 1;
        if (slices < 1 || slices > MaxSlices || slices > options.Iterations)
        {
            throw new UsageException(
                $"--slices must be a whole number from 1 to {Math.Min(MaxSlices, options.Iterations)} (at most --iterations); got {slices}.");
        }

        return new ScaleOutLayout(workers, shard, slices, WorkerStart.Create);
    }

    private ShardSpec? ReadShard(ParseResult parsed)
    {
        try
        {
            return parsed.GetValue(Shard) is { } typed ? ShardSpec.Parse(typed) : null;
        }
        catch (FormatException error)
        {
            throw new UsageException(error.Message);
        }
    }
}
