using StressMaps.Harness.Verdicts;
using System.CommandLine;
using Spectre.Console;
using StressMaps.Harness.Files;
using StressMaps.Cli.Inputs;
using StressMaps.Cli.Bench;
using StressMaps.Cli.Output;
using StressMaps.Harness.Measuring.Overhead;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Sessions;
using StressMaps.Harness.Targets;

namespace StressMaps.Cli.Commands;

/// <summary>
/// <c>stressmaps bench</c>: what the maps cost (single-thread and contended) and what the harness
/// costs over bare Coyote, written to <c>bench.md</c> as Markdown tables of ratios.
/// </summary>
/// <remarks>
/// The map benchmarks run in tools/StressMaps.Benchmarks, a separate Release build of the
/// un-rewritten maps (this tool's own copies are rewritten for Coyote and would measure Coyote's
/// hooks), started with <c>dotnet run</c>; so that part needs the source tree. The harness overhead
/// runs Coyote and so runs here, on this tool's rewritten copies.
/// </remarks>
public static class BenchCommand
{
    private static readonly string[] Parts = ["maps", "paired", "throughput", "overhead", "phases"];

    /// <summary>Builds the command.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var quick = new Option<bool>("--quick")
        {
            Description = "Short jobs (9 BenchmarkDotNet iterations of 250 ms, 1 s throughput cells, 3 overhead rounds of 500 iterations): minutes, not a quarter hour.",
        };
        var outOfProcess = new Option<bool>("--out-of-process")
        {
            Description = "Run BenchmarkDotNet's default toolchain (a generated project per job, its own process) instead of in-process.",
        };
        var only = new Option<string[]>("--only")
        {
            Description = $"Parts to run, comma-separated (default: all): {string.Join(", ", Parts)}.",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = OutputInput.Create("Folder for bench.md and BenchmarkDotNet's artifacts.");
        var bugs = new BugBenchInputs();
        var command = new Command("bench", "Measure the map variants against raw Dictionary, and the harness against bare Coyote.");
        command.Options.Add(quick);
        command.Options.Add(outOfProcess);
        command.Options.Add(only);
        command.Options.Add(output);
        bugs.AddTo(command);
        command.SetAction((parsed, cancellation) => Task.FromResult(bugs.Requested(parsed)
            ? bugs.Execute(console, parsed, OutputInput.Prepare(parsed, output).Path, cancellation)
            : Execute(console, parsed.GetValue(quick), parsed.GetValue(outOfProcess),
                NameListInput.Resolve(parsed.GetValue(only), Parts, part => part, "part"), OutputInput.Prepare(parsed, output).Path)));
        return command;
    }

    private static int Execute(IAnsiConsole console, bool quick, bool outOfProcess, IReadOnlyList<string> parts, string outputFolder)
    {
        var output = Path.GetFullPath(outputFolder);
        Directory.CreateDirectory(output);
        console.MarkupLine(Markup.Escape($"cores: {Environment.ProcessorCount}; mode: {(quick ? "quick" : "full")}"));
        var mapParts = parts.Where(part => part is not ("overhead" or "phases")).ToList();
        var project = mapParts.Count > 0 ? BenchmarkProject.Find() : null;

        var report = "";
        if (parts.Contains("overhead"))
        {
            console.MarkupLine("Measuring the harness against a bare Coyote TestingEngine...");
            var result = WithoutCoyoteLog(() => HarnessOverheadBenchmark.Measure(iterations: quick ? 500u : 2000u, rounds: quick ? 3 : 5));
            report = OverheadMarkdown.Render(result);
            console.WriteLine(report);
        }

        if (parts.Contains("phases"))
        {
            console.MarkupLine("Measuring where exploration trials spend their time...");
            var phases = WithoutCoyoteLog(() => ExpectationTable.BugExpectedCells(ScenarioCatalog.All, TargetCatalog.BuiltIn)
                .Select(cell => TrialPhases.Measure(cell.Scenario, cell.Map, trials: quick ? 30 : 100))
                .ToList());
            var table = TrialPhasesMarkdown.Render(phases);
            console.WriteLine(table);
            report += "\n" + table;
        }

        if (project is not null)
        {
            BenchmarkProject.Run(project, quick, outOfProcess, mapParts, output);
            report = File.ReadAllText(Path.Combine(output, "bench-maps.md")) + "\n" + report;
        }

        var benchFile = Path.Combine(output, "bench.md");
        AtomicFile.WriteAllText(benchFile, "## StressMaps benchmarks\n\n" + report);
        console.MarkupLine(Markup.Escape($"Wrote {benchFile}"));
        return ExitCodes.Success;
    }

    /// <summary>
    /// A bare Coyote engine logs every iteration to the console whatever its configuration says (the
    /// harness swaps in a silent logger); the point is to measure exploration, not console writes.
    /// </summary>
    private static T WithoutCoyoteLog<T>(Func<T> measure)
    {
        var console = Console.Out;
        Console.SetOut(TextWriter.Null);
        try
        {
            return measure();
        }
        finally
        {
            Console.SetOut(console);
        }
    }
}
