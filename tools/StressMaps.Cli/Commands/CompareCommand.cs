using System.CommandLine;
using Spectre.Console;
using StressMaps.Cli.Inputs;
using StressMaps.Cli.Output;
using StressMaps.Harness.Measuring.Comparison;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Sessions;
using StressMaps.Harness.Measuring.Stress;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Cli.Commands;

/// <summary>
/// <c>stressmaps compare</c>: on each bug-expected cell, exploration over many spread seeds per strategy
/// against stress over the same wall-clock time; writes compare.json, compare.md and compare.html.
/// </summary>
public static class CompareCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var selection = new MatrixSelectionInputs();
        var strategies = new Option<string[]>("--strategies", "-s")
        {
            Description = $"Strategies to compare, comma-separated; the first sets the stress budget (default {ComparisonOptions.DefaultStrategy}). Valid: {string.Join(", ", StrategyName.All)}.",
            AllowMultipleArgumentsPerToken = true,
        };
        var seeds = new Option<long>("--seeds")
        {
            Description = "Trials per method and cell: spread seeds for exploration, budgets for stress.",
            DefaultValueFactory = _ => ComparisonOptions.DefaultSeeds,
        };
        var iterations = new Option<long>("--iterations", "-i")
        {
            Description = "Iterations one exploration trial may take to find the bug.",
            DefaultValueFactory = _ => ComparisonOptions.DefaultIterations,
        };
        var seed = new Option<uint>("--seed") { Description = "Seed of the run.", DefaultValueFactory = _ => ExplorationOptions.DefaultSeed };
        var stressBudget = new Option<double?>("--stress-budget")
        {
            Description = "Seconds of one stress trial (default: the first strategy's exploration time on the cell divided by --seeds).",
        };
        var runTimeout = new Option<double>("--run-timeout")
        {
            Description = "Seconds one stress run may take before it counts as a hang.",
            DefaultValueFactory = _ => StressOptions.DefaultRunTimeout.TotalSeconds,
        };
        var output = OutputInput.Create("Folder for compare.json, compare.md and compare.html.");
        var command = new Command("compare", "On each bug-expected cell, compare systematic exploration over many seeds with real-thread stress over the same time.");
        selection.AddTo(command);
        foreach (var option in new Option[] { strategies, seeds, iterations, seed, stressBudget, runTimeout, output })
        {
            command.Options.Add(option);
        }

        command.SetAction((parsed, cancellation) =>
        {
            var options = new ComparisonOptions(
                ReadStrategies(parsed.GetValue(strategies)),
                (int)InRange(parsed.GetValue(seeds), 1, 100_000, "--seeds"),
                (uint)InRange(parsed.GetValue(iterations), 1, uint.MaxValue, "--iterations"),
                parsed.GetValue(seed),
                ExplorationOptions.DefaultMaxSteps,
                parsed.GetValue(stressBudget) is { } budget ? StressInputs.Seconds(budget, "--stress-budget") : null,
                StressInputs.Seconds(parsed.GetValue(runTimeout), "--run-timeout"));
            var cells = ExpectationTable.BugExpectedCells(selection.ReadScenarios(parsed), selection.ReadMaps(parsed));
            if (cells.Count == 0)
            {
                throw new UsageException("no bug-expected cell in the maps and scenarios chosen; see 'stressmaps run' for the matrix.");
            }

            var folder = OutputInput.Prepare(parsed, output);
            var outcome = CompareSession.Run(cells, options, folder, Console.Error, cancellation);
            ComparisonTable.Write(console, outcome.Document);
            console.MarkupLine(Markup.Escape($"Wrote {string.Join(", ", CompareSession.FileNames.SkipLast(1))} and {CompareSession.FileNames[^1]} in {folder.Path}"));
            foreach (var cell in outcome.Weak)
            {
                console.MarkupLine(Markup.Escape(
                    $"WEAK: {new CellId(cell.Scenario, cell.Map).Display}: {options.Strategies[0]} found the bug in only {cell.Exploration[0].Detected} of {cell.Exploration[0].Trials} seeds within {options.Iterations} iterations."));
            }

            return Task.FromResult(outcome.ExitCode);
        });
        return command;
    }

    private static IReadOnlyList<string> ReadStrategies(string[]? typed)
    {
        var names = (typed ?? [])
            .SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        if (names.Count == 0)
        {
            return [ComparisonOptions.DefaultStrategy];
        }

        return names.Select(name => StrategyName.Normalize(name)
            ?? throw new UsageException($"unknown strategy '{name}'. Valid strategies: {string.Join(", ", StrategyName.All)}."))
            .Distinct()
            .ToList();
    }

    private static long InRange(long value, long low, long high, string name) =>
        value >= low && value <= high ? value : throw new UsageException($"{name} must be a whole number from {low} to {high}; got {value}.");
}
