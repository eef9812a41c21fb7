using System.CommandLine;
using Spectre.Console;
using StressMaps.Cli.Inputs;
using StressMaps.Cli.Output;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Sessions;
using StressMaps.Harness.Targets;

namespace StressMaps.Cli.Commands;

/// <summary><c>stressmaps run</c>: explores the verdict matrix through <see cref="RunSession"/> and prints it.</summary>
public static class RunCommand
{
    /// <summary>Builds the command. A run over named types goes to worker processes under a watchdog.</summary>
    internal static Command Create(IAnsiConsole console)
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
        var formats = new ReportFormatInput(ExporterRegistry.RunDefaults);
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
            var options = exploration.Read(parsed);
            if (targets.Requested(parsed))
            {
                if (scaleOut.IsUsed(parsed) && !targets.Named(parsed))
                {
                    throw new UsageException("--parallel, --shard and --slices spread the built-in matrix only; leave them out when naming a target.");
                }

                var shard = targets.Named(parsed) ? scaleOut.ReadShardOnly(parsed) : null;
                var selection = new UserTargetRun.Selection(targets, watchdog, parsed.GetValue(scenarios), parsed.GetValue(maps), shard);
                var folder = OutputInput.Prepare(parsed, output);
                return Task.FromResult(UserTargetRun.Execute(console, parsed, selection, options, folder, formats.Read(parsed), !parsed.GetValue(noShrink), cancellation));
            }

            var builtIn = new RunRequest(
                NameListInput.Resolve(parsed.GetValue(scenarios), ScenarioCatalog.All, scenario => scenario.Name, "scenario"),
                NameListInput.Resolve(parsed.GetValue(maps), TargetCatalog.BuiltIn, map => map.Name, "map"),
                options,
                OutputInput.Prepare(parsed, output))
            {
                Shrink = !parsed.GetValue(noShrink),
                Formats = formats.Read(parsed),
                // Always read: --parallel defaults to the core count; the session explores here when that is 1.
                ScaleOut = scaleOut.Read(parsed, options),
            };
            return Task.FromResult(Execute(console, builtIn, cancellation).ExitCode);
        });
        return command;
    }

    /// <summary>Runs <paramref name="request"/>, progress on stderr; then prints the matrix and what the session wrote.</summary>
    internal static RunOutcome Execute(IAnsiConsole console, RunRequest request, CancellationToken cancellation)
    {
        using var written = new StringWriter();
        var outcome = RunSession.Run(request, new SessionOutput(Console.Error, written, Environment.GetEnvironmentVariable), cancellation);
        MatrixTable.Write(console, outcome.Run);
        Console.Out.Write(written.ToString());
        return outcome;
    }
}
