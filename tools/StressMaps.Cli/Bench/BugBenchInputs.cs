using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using StressMaps.Harness.Measuring.BugBenchmark;
using StressMaps.Harness.Files;
using StressMaps.Harness.Sessions;
using StressMaps.Harness.Targets.Loading;

namespace StressMaps.Cli.Bench;

/// <summary>
/// <c>stressmaps bench --bugs</c>: every program of the benchmark of concurrency bugs (tests/ConcurrencyBugs) with
/// StressMaps' default, each Coyote strategy and real-thread stress, in the same budget; writes bugs.md and bugs.json.
/// </summary>
public sealed class BugBenchInputs
{
    private const string DefaultAssembly = "tests/ConcurrencyBugs/bin/Debug/net10.0/StressMaps.ConcurrencyBugs.dll";

    private readonly Option<bool> _bugs = new("--bugs") { Description = "Run the benchmark of concurrency bugs instead of the map benchmarks; writes bugs.md and bugs.json." };
    private readonly Option<string?> _assembly = new("--bugs-assembly") { Description = $"The benchmark's assembly (default: {DefaultAssembly} above the working folder)." };
    private readonly Option<double> _budget = new("--budget") { Description = "Seconds of wall time per column, program and seed (whole seconds; Coyote counts its timeout so).", DefaultValueFactory = _ => 3 };
    private readonly Option<int> _seeds = new("--seeds") { Description = "Seeds per column and buggy program.", DefaultValueFactory = _ => 3 };
    private readonly Option<string[]> _programs = new("--programs") { Description = "Programs to run, by class name (default: all).", AllowMultipleArgumentsPerToken = true };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_bugs);
        command.Options.Add(_assembly);
        command.Options.Add(_budget);
        command.Options.Add(_seeds);
        command.Options.Add(_programs);
    }

    /// <summary>Whether <c>--bugs</c> was given.</summary>
    public bool Requested(ParseResult parsed) => parsed.GetValue(_bugs);

    /// <summary>Runs the benchmark and writes bugs.md and bugs.json into <paramref name="output"/>.</summary>
    public int Execute(IAnsiConsole console, ParseResult parsed, string output, CancellationToken cancellation)
    {
        var budget = parsed.GetValue(_budget);
        if (budget is < 1 or > 3600 || budget != Math.Floor(budget))
        {
            throw new UsageException($"--budget must be a whole number of seconds from 1 to 3600; got {budget.ToString(CultureInfo.InvariantCulture)}.");
        }

        var seedCount = parsed.GetValue(_seeds);
        if (seedCount is < 1 or > 100)
        {
            throw new UsageException($"--seeds must be a whole number from 1 to 100; got {seedCount}.");
        }

        var assembly = parsed.GetValue(_assembly) ?? Find();
        var seeds = Enumerable.Range(0, seedCount).Select(i => Harness.Verdicts.CellSeeds.Nth(Harness.Exploration.ExplorationOptions.DefaultSeed, i)).ToList();
        var command = "stressmaps " + string.Join(' ', parsed.Tokens.Select(token => token.Value));
        BugBenchmarkDocument document;
        try
        {
            document = BugBenchmarkRunner.Run(assembly, TimeSpan.FromSeconds(budget), seeds, BugColumns.All, command, Console.Error, parsed.GetValue(_programs), cancellation);
        }
        catch (Exception error) when (error is FileNotFoundException or TargetRejectedException)
        {
            throw new UsageException(error.Message);
        }

        Directory.CreateDirectory(output);
        var markdown = BugBenchmarkMarkdown.Render(document);
        AtomicFile.WriteAllText(Path.Combine(output, "bugs.md"), markdown);
        AtomicFile.WriteAllText(Path.Combine(output, "bugs.json"), JsonSerializer.Serialize(document, DocumentJson.Options));
        console.WriteLine(markdown);
        console.MarkupLine(Markup.Escape($"Wrote {Path.Combine(output, "bugs.md")} and bugs.json"));
        return ExitCodes.Success;
    }

    private static string Find()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, DefaultAssembly);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new UsageException($"the benchmark assembly ({DefaultAssembly}) was not found above the working folder; build tests/ConcurrencyBugs or pass --bugs-assembly PATH.");
    }
}
