using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Spectre.Console;
using StressMaps.Harness.Documents;
using StressMaps.Cli.Inputs;
using StressMaps.Harness.Comparison;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Matrix;
using StressMaps.Harness.Exporters;
using StressMaps.Harness.RunFiles;
using StressMaps.Harness.Stress;

namespace StressMaps.Cli.Commands;

/// <summary>
/// <c>stressmaps compare</c>: on each bug-expected cell, exploration over many spread seeds per strategy
/// against stress over the same wall-clock time; writes compare.json, compare.md and compare.html.
/// </summary>
public static class CompareCommand
{
    /// <summary>Detection rate the first strategy must reach on every cell for exit code 0.</summary>
    public const double RequiredDetectionRate = 0.99;

    /// <summary>Builds the command.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var selection = new MatrixSelectionInputs();
        var strategies = new Option<string[]>("--strategies", "-s")
        {
            Description = $"Strategies to compare, comma-separated; the first sets the stress budget (default {StrategyName.Portfolio}). Valid: {string.Join(", ", StrategyName.All)}.",
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
            var cells = selection.ReadScenarios(parsed)
                .SelectMany(scenario => selection.ReadMaps(parsed).Select(map => (scenario, map)))
                .Where(cell => ExpectationTable.For(cell.scenario, cell.map).Expectation == Expectation.BugExpected)
                .ToList();
            if (cells.Count == 0)
            {
                throw new UsageException("no bug-expected cell in the maps and scenarios chosen; see 'stressmaps run' for the matrix.");
            }

            return Task.FromResult(Execute(console, cells, options, parsed.GetValue(output) ?? RunCommand.DefaultOutput, cancellation));
        });
        return command;
    }

    private static int Execute(
        IAnsiConsole console,
        IReadOnlyList<(Harness.Scenarios.Scenario Scenario, Harness.Targets.MapTarget Map)> cells,
        ComparisonOptions options,
        string outputFolder,
        CancellationToken cancellation)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        using var locks = new LockWaitListener();
        ComparisonRunner.WarmUp(cells[0].Scenario, cells[0].Map, locks);
        var compared = new List<ComparisonCell>();
        foreach (var (scenario, map) in cells)
        {
            compared.Add(ComparisonRunner.RunCell(scenario, map, options, locks, line => Console.Error.WriteLine($"[{compared.Count + 1}/{cells.Count}] {line}"), cancellation));
        }

        var document = new ComparisonDocument
        {
            ToolVersion = typeof(CompareCommand).Assembly.GetName().Version?.ToString(3) ?? "unknown",
            CoyoteVersion = typeof(Microsoft.Coyote.Configuration).Assembly.GetName().Version?.ToString(3) ?? "unknown",
            StartedAt = startedAt,
            ElapsedSeconds = stopwatch.Elapsed.TotalSeconds,
            Machine = new MachineRecord(Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription),
            Strategies = options.Strategies,
            Seeds = options.Seeds,
            Iterations = options.Iterations,
            RunSeed = options.RunSeed,
            MaxSteps = options.MaxSteps,
            StressBudget = options.StressTrialBudget is { } budget
                ? string.Create(CultureInfo.InvariantCulture, $"{budget.TotalSeconds:0.###} s per trial, stopping at the first failing run")
                : $"over the same wall-clock time as {options.Strategies[0]} exploration took on the cell, cut into as many trials, each stopping at its first failing run",
            Cells = compared,
        };
        AtomicFile.WriteAllText(Path.Combine(outputFolder, "compare.json"), JsonSerializer.Serialize(document, RunDocumentJson.Options));
        AtomicFile.WriteAllText(Path.Combine(outputFolder, "compare.md"), ComparisonMarkdown.Render(document));
        AtomicFile.WriteAllText(Path.Combine(outputFolder, "compare.html"), ComparisonHtml.Render(document));
        WriteTable(console, document);
        console.MarkupLine(Markup.Escape($"Wrote compare.json, compare.md and compare.html in {outputFolder}"));

        var weak = compared.Where(cell => cell.Exploration[0].DetectionRate < RequiredDetectionRate).ToList();
        foreach (var cell in weak)
        {
            console.MarkupLine(Markup.Escape(
                $"WEAK: {cell.Scenario} × {cell.Map}: {options.Strategies[0]} found the bug in only {cell.Exploration[0].Detected} of {cell.Exploration[0].Trials} seeds within {options.Iterations} iterations."));
        }

        return weak.Count > 0 ? ExitCodes.ExpectedBugMissed : ExitCodes.Success;
    }

    private static void WriteTable(IAnsiConsole console, ComparisonDocument document)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]exploration against stress[/]");
        table.AddColumns("cell", "method");
        foreach (var heading in new[] { "found", "median to bug", "p95 to bug", "median time", "p95 time", "made in all" })
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (var cell in document.Cells)
        {
            foreach (var summary in cell.Exploration.Append(cell.Stress))
            {
                table.AddRow(
                    Markup.Escape($"{cell.Scenario} × {cell.Map}"),
                    Markup.Escape(ComparisonMarkdown.MethodName(summary)),
                    Markup.Escape($"{summary.Detected}/{summary.Trials}"),
                    Markup.Escape(ComparisonMarkdown.Count(summary.MedianToFirstBug, summary.Unit)),
                    Markup.Escape(ComparisonMarkdown.Count(summary.P95ToFirstBug, summary.Unit)),
                    Markup.Escape(ComparisonMarkdown.Seconds(summary.MedianSecondsToFirstBug)),
                    Markup.Escape(ComparisonMarkdown.Seconds(summary.P95SecondsToFirstBug)),
                    Markup.Escape(ComparisonMarkdown.Total(summary)));
            }
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape($"Stress: {document.StressBudget}. {document.ElapsedSeconds.ToString("0", CultureInfo.InvariantCulture)} s on {document.Machine.ProcessorCount} cores."));
    }

    private static IReadOnlyList<string> ReadStrategies(string[]? typed)
    {
        var names = (typed ?? [])
            .SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        if (names.Count == 0)
        {
            return [StrategyName.Portfolio];
        }

        return names.Select(name => StrategyName.Normalize(name)
            ?? throw new UsageException($"unknown strategy '{name}'. Valid strategies: {string.Join(", ", StrategyName.All)}."))
            .Distinct()
            .ToList();
    }

    private static long InRange(long value, long low, long high, string name) =>
        value >= low && value <= high ? value : throw new UsageException($"{name} must be a whole number from {low} to {high}; got {value}.");
}
