using System.CommandLine;
using StressMaps.Harness.Measuring.Stress;

namespace StressMaps.Cli.Inputs;

/// <summary>The options that say how to stress-test on real threads.</summary>
public sealed class StressInputs
{
    /// <summary>Default seconds per cell of <c>stressmaps stress</c>.</summary>
    public const double DefaultTimeBudgetSeconds = 2;

    /// <summary>--runs.</summary>
    public Option<long> Runs { get; } = new("--runs", "-r")
    {
        Description = "Real-thread runs per cell at most.",
        DefaultValueFactory = _ => StressOptions.DefaultRuns,
    };

    /// <summary>--time-budget.</summary>
    public Option<double> TimeBudget { get; } = new("--time-budget", "-t")
    {
        Description = "Seconds per cell at most; the cell stops at --runs or this, whichever comes first.",
        DefaultValueFactory = _ => DefaultTimeBudgetSeconds,
    };

    /// <summary>--run-timeout.</summary>
    public Option<double> RunTimeout { get; } = new("--run-timeout")
    {
        Description = "Seconds one run may take before it counts as a hang (its threads are abandoned).",
        DefaultValueFactory = _ => StressOptions.DefaultRunTimeout.TotalSeconds,
    };

    /// <summary>Adds these options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Runs);
        command.Options.Add(TimeBudget);
        command.Options.Add(RunTimeout);
    }

    /// <summary>The validated stress options; bad values are a <see cref="UsageException"/>.</summary>
    public StressOptions Read(ParseResult parsed)
    {
        var runs = parsed.GetValue(Runs);
        if (runs is < 1 or > int.MaxValue)
        {
            throw new UsageException($"--runs must be a whole number from 1 to {int.MaxValue}; got {runs}.");
        }

        return new StressOptions(
            (int)runs,
            Seconds(parsed.GetValue(TimeBudget), "--time-budget"),
            Seconds(parsed.GetValue(RunTimeout), "--run-timeout"));
    }

    /// <summary>A positive number of seconds, or a <see cref="UsageException"/>.</summary>
    public static TimeSpan Seconds(double value, string name) =>
        value is > 0 and <= 86_400 && !double.IsNaN(value)
            ? TimeSpan.FromSeconds(value)
            : throw new UsageException($"{name} must be a number of seconds above 0 and at most 86400; got {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
}
