using System.CommandLine;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Exhaustive;

namespace StressMaps.Cli.Inputs;

/// <summary><c>--exhaustive</c> and <c>--budget</c>: explore every schedule, and how far to go per cell.</summary>
public sealed class ProofInputs
{
    /// <summary>--exhaustive.</summary>
    public Option<bool> Exhaustive { get; } = new("--exhaustive")
    {
        Description = "Explore every schedule of each cell (a partial-order reduction over Coyote's scheduler; see --reduction): a safe cell whose space is covered is proved, not sampled.",
    };

    /// <summary>--budget.</summary>
    public Option<string[]> Budget { get; } = new("--budget")
    {
        Description = $"With --exhaustive, per cell: schedules (100000), time (60s, 10m), or both (100000,60s); a cell stopped by it is not proved (default {SearchBudget.Default}). Without it, with --type: the whole run's schedules or time, spread over its cells.",
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>--reduction.</summary>
    public Option<string> Reduction { get; } = new("--reduction")
    {
        Description = "With --exhaustive: dpor (default: one schedule per class of equivalent schedules, on the built-in maps; other targets run depth-first search) or none (plain depth-first search, every interleaving).",
        DefaultValueFactory = _ => ReductionName.Dpor,
    };

    /// <summary>--proof-first.</summary>
    public Option<long> ProofFirstSchedules { get; } = new("--proof-first")
    {
        Description = $"Without --exhaustive: the schedules a proof attempt (the partial-order reduction) may take on each built-in cell before it is sampled; a cell proved within them reads proved (default {ProofFirst.DefaultSchedules}; 0: sample only).",
        DefaultValueFactory = _ => ProofFirst.DefaultSchedules,
    };

    /// <summary>Adds these options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Exhaustive);
        command.Options.Add(Budget);
        command.Options.Add(Reduction);
        command.Options.Add(ProofFirstSchedules);
    }

    /// <summary>
    /// <paramref name="sampled"/> turned into an exhaustive search when <c>--exhaustive</c> is given;
    /// a strategy or iteration count given with it, or a budget without it, is a <see cref="UsageException"/>.
    /// </summary>
    public ExplorationOptions Apply(ParseResult parsed, ExplorationOptions sampled, Option<string> strategy, Option<long> iterations)
    {
        var budgetText = parsed.GetValue(Budget);
        var reduction = parsed.GetValue(Reduction) ?? ReductionName.Dpor;
        if (!ReductionName.All.Contains(reduction))
        {
            throw new UsageException($"--reduction takes {string.Join(" or ", ReductionName.All)}, not '{reduction}'.");
        }

        if (!parsed.GetValue(Exhaustive))
        {
            if (IsGiven(parsed, Reduction))
            {
                throw new UsageException("--reduction applies to --exhaustive only.");
            }

            // Without --exhaustive, --budget is the whole run's (RunBudgetInput), for runs over named types.
            var proofSchedules = parsed.GetValue(ProofFirstSchedules);
            return proofSchedules is >= 0 and <= uint.MaxValue
                ? sampled with { ProofSchedules = (uint)proofSchedules }
                : throw new UsageException($"--proof-first takes a number of schedules from 0 (sample only) up, not {proofSchedules}.");
        }

        if (IsGiven(parsed, ProofFirstSchedules))
        {
            throw new UsageException("--proof-first applies without --exhaustive only (--exhaustive searches every cell for a proof within --budget).");
        }

        if (IsGiven(parsed, strategy) || IsGiven(parsed, iterations))
        {
            throw new UsageException("--exhaustive explores every schedule within --budget; leave out --strategy and --iterations.");
        }

        SearchBudget budget;
        try
        {
            budget = budgetText is { Length: > 0 } ? SearchBudget.Parse(budgetText) : SearchBudget.Default;
        }
        catch (FormatException error)
        {
            throw new UsageException(error.Message);
        }

        return sampled with { Strategy = StrategyName.Exhaustive, Iterations = budget.Schedules ?? uint.MaxValue, TimeBudget = budget.Time, Reduction = reduction };
    }

    private static bool IsGiven(ParseResult parsed, Option option) => parsed.GetResult(option) is { Implicit: false };
}
