using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using StressMaps.Cli.Inputs;
using StressMaps.Cli.Output;
using StressMaps.Cli.ScaleOut;
using StressMaps.Cli.Watchdog;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Matrix;
using StressMaps.Harness.RunFiles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Cli.Commands;

/// <summary><c>stressmaps run</c>: explores the verdict matrix and writes <c>run.json</c>.</summary>
public static class RunCommand
{
    /// <summary>The default output folder.</summary>
    public const string DefaultOutput = "stressmaps-out";

    /// <summary>
    /// Builds the command. In a worker process, <paramref name="worker"/> explores the user's types of the
    /// run it was sent; elsewhere it is null and they are sent to workers.
    /// </summary>
    internal static Command Create(IAnsiConsole console, UserRunWorker? worker = null)
    {
        var maps = new Option<string[]>("--maps", "-m")
        {
            Description = $"Maps to explore, comma-separated or repeated (default: all): {string.Join(", ", TargetCatalog.BuiltIn.Select(map => map.Name))}.",
            AllowMultipleArgumentsPerToken = true,
        };
        var scenarios = new Option<string[]>("--scenarios", "-c")
        {
            Description = $"Scenarios to run (default: all): {string.Join(", ", ScenarioCatalog.All.Select(scenario => scenario.Name))}.",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = OutputInput.Create("Folder for run.json and the reports.");
        var exploration = new ExplorationInputs();
        var targets = new TargetInputs();
        var noShrink = new Option<bool>("--no-shrink") { Description = "Write each bug as found, without shrinking it." };
        var formats = new ReportFormatInput(ReportFormatInput.RunDefaults);
        var scaleOut = new ScaleOutInputs();
        var watchdog = new WatchdogInputs();

        var command = new Command("run", "Explore every scenario on every map and print the verdict matrix.");
        command.Options.Add(maps);
        command.Options.Add(scenarios);
        exploration.AddTo(command);
        targets.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(noShrink);
        formats.AddTo(command);
        scaleOut.AddTo(command);
        watchdog.AddTo(command);
        command.SetAction((parsed, cancellation) =>
        {
            var extras = new RunExtras(!parsed.GetValue(noShrink), formats.Read(parsed));
            if (scaleOut.IsUsed(parsed))
            {
                return Task.FromResult(targets.Requested(parsed)
                    ? throw new UsageException("--parallel, --shard and --slices spread the built-in matrix only; leave them out when naming a target.")
                    : ScaleOutRun.Execute(
                        console,
                        NameListInput.Resolve(parsed.GetValue(scenarios), ScenarioCatalog.All, scenario => scenario.Name, "scenario"),
                        NameListInput.Resolve(parsed.GetValue(maps), TargetCatalog.BuiltIn, map => map.Name, "map"),
                        exploration.Read(parsed),
                        scaleOut.Read(parsed, exploration.Read(parsed)),
                        parsed.GetValue(output) ?? DefaultOutput,
                        cancellation));
            }

            return Task.FromResult(
                targets.Requested(parsed)
                    ? UserTargetRun.Execute(console, parsed, targets, watchdog, parsed.GetValue(scenarios), parsed.GetValue(maps), exploration.Read(parsed), parsed.GetValue(output) ?? DefaultOutput, extras, worker, cancellation)
                    : Execute(
                        console,
                        NameListInput.Resolve(parsed.GetValue(scenarios), ScenarioCatalog.All, scenario => scenario.Name, "scenario"),
                        NameListInput.Resolve(parsed.GetValue(maps), TargetCatalog.BuiltIn, map => map.Name, "map"),
                        exploration.Read(parsed),
                        parsed.GetValue(output) ?? DefaultOutput,
                        extras,
                        cancellation));
        });
        return command;
    }

    private static int Execute(
        IAnsiConsole console,
        IReadOnlyList<Scenario> scenarios,
        IReadOnlyList<MapTarget> maps,
        ExplorationOptions options,
        string outputFolder,
        RunExtras extras,
        CancellationToken cancellation) =>
        Execute(
            console,
            scenarios.Count * maps.Count,
            (onCell, token) => MatrixRunner.Run(scenarios, maps, options, onCell, token),
            options,
            outputFolder,
            new RunBundles(scenarios, maps, outputFolder, extras.Shrink),
            extras.Formats,
            cancellation);

    /// <summary>
    /// Runs <paramref name="total"/> cells through <paramref name="runCells"/>, printing progress and
    /// writing a bundle per bug when <paramref name="bundles"/> is given, then writes run.json and the
    /// reports, prints the matrix, and returns the exit code the verdicts call for.
    /// </summary>
    internal static int Execute(
        IAnsiConsole console,
        int total,
        Action<Action<CellVerdict>, CancellationToken> runCells,
        ExplorationOptions options,
        string outputFolder,
        RunBundles? bundles,
        IReadOnlyList<string> formats,
        CancellationToken cancellation)
    {
        var runFile = Path.Combine(outputFolder, "run.json");
        var startedAt = DateTimeOffset.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        var verdicts = new List<CellVerdict>();
        var partial = false;
        try
        {
            runCells(verdict =>
            {
                verdicts.Add(verdict);
                Console.Error.WriteLine(Progress(verdicts.Count, total, verdict));
                bundles?.Write(verdict, cancellation);
            }, cancellation);
        }
        catch (OperationCanceledException)
        {
            partial = true;
            Console.Error.WriteLine($"Stopped: {verdicts.Count} of {total} cells finished; writing a partial run.json.");
        }

        var run = RunDocumentBuilder.Build(options, verdicts, startedAt, stopwatch.Elapsed, partial);
        run = bundles?.Link(run) ?? run;
        RunDocumentJson.Write(runFile, run);
        MatrixTable.Write(console, run);
        console.MarkupLine(Markup.Escape($"Wrote {runFile}"));
        ReportWriter.Write(console, run, bundles?.Written ?? [], outputFolder, formats);

        if (partial)
        {
            return ExitCodes.UsageError;
        }

        return verdicts.Any(v => v is { Matches: false, Expectation: Expectation.SafeExpected }) ? ExitCodes.UnexpectedBug
            : verdicts.Any(v => !v.Matches) ? ExitCodes.ExpectedBugMissed
            : ExitCodes.Success;
    }

    /// <summary>What <c>run</c> does beyond exploring: shrinking and the report formats.</summary>
    internal sealed record RunExtras(bool Shrink, IReadOnlyList<string> Formats);

    private static string Progress(int done, int total, CellVerdict verdict)
    {
        var what = verdict.Outcome switch
        {
            null => "skipped (" + verdict.Reason + ")",
            { BugFound: true } found => $"bug at iteration {found.FirstBugIteration}",
            var clean => $"safe after {clean.IterationsExplored} iterations",
        };
        var seconds = (verdict.Outcome?.Elapsed.TotalSeconds ?? 0).ToString("0.00", CultureInfo.InvariantCulture);
        var mark = verdict.Matches ? "ok" : "UNEXPECTED";
        var rate = (verdict.Outcome?.IterationsPerSecond ?? 0).ToString("0", CultureInfo.InvariantCulture);
        return $"[{done}/{total}] {verdict.Scenario} × {verdict.Map}: {what} in {seconds} s, {rate} it/s ({mark})";
    }
}
