using System.CommandLine;
using StressMaps.Harness.Exploration.Exhaustive;
using StressMaps.Harness.Sessions.Budget;

namespace StressMaps.Cli.Inputs;

/// <summary>
/// <c>--time-budget</c> (and <c>--budget</c> without <c>--exhaustive</c>): what a run over named types may spend
/// exploring, across its cells. The default for named types is <see cref="RunBudget.Default"/>; <c>-i</c> (or
/// <c>--exhaustive</c>) fixes each cell's count instead (docs/budgets.md measures what the default keeps).
/// </summary>
public sealed class RunBudgetInput
{
    /// <summary>--time-budget.</summary>
    public Option<string> TimeBudget { get; } = new("--time-budget")
    {
        Description = $"With --type: wall-clock time to explore the whole run in (60s, 2m), spent on the cells whose interleaving coverage still grows (default {RunBudget.Default}; -i fixes the schedules per cell instead).",
    };

    /// <summary>Adds the option to <paramref name="command"/>.</summary>
    public void AddTo(Command command) => command.Options.Add(TimeBudget);

    /// <summary>Whether a run budget was typed (the built-in matrix has none: its cells are few and fixed).</summary>
    public bool IsGiven(ParseResult parsed, ExplorationInputs exploration) =>
        parsed.GetValue(TimeBudget) is not null || (parsed.GetValue(exploration.Proof.Budget) is { Length: > 0 } && !parsed.GetValue(exploration.Proof.Exhaustive));

    /// <summary>
    /// The run's budget (used for named types only): <see cref="RunBudget.Default"/> when none is typed, null when
    /// <c>-i</c> or <c>--exhaustive</c> fixes each cell's schedules; a budget with either is a <see cref="UsageException"/>.
    /// </summary>
    public RunBudget? Read(ParseResult parsed, ExplorationInputs exploration)
    {
        var time = parsed.GetValue(TimeBudget);
        var schedules = parsed.GetValue(exploration.Proof.Budget) is { Length: > 0 } given && !parsed.GetValue(exploration.Proof.Exhaustive) ? given : null;
        var fixedCount = parsed.GetResult(exploration.Iterations) is { Implicit: false } || parsed.GetValue(exploration.Proof.Exhaustive);
        if (time is null && schedules is null)
        {
            return fixedCount ? null : RunBudget.Default;
        }

        if (fixedCount)
        {
            throw new UsageException("--time-budget and --budget spread a run's schedules over its cells; -i and --exhaustive fix them per cell. Give one or the other.");
        }

        try
        {
            var limits = SearchBudget.Parse([.. schedules ?? [], .. time is null ? Array.Empty<string>() : [time]]);
            return new RunBudget(limits.Time, limits.Schedules);
        }
        catch (FormatException error)
        {
            throw new UsageException(error.Message.Replace("--budget", time is null ? "--budget" : "--time-budget / --budget", StringComparison.Ordinal));
        }
    }
}
