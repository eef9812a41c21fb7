using System.CommandLine;
using Spectre.Console;
using StressMaps.Cli.Inputs;
using StressMaps.Cli.Output;
using StressMaps.Harness.Sessions;

namespace StressMaps.Cli.Commands;

/// <summary><c>stressmaps stress</c>: the same cells on real threads with no Coyote control (<see cref="StressSession"/>); writes <c>stress.json</c>.</summary>
public static class StressCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var selection = new MatrixSelectionInputs();
        var stress = new StressInputs();
        var output = OutputInput.Create("Folder for stress.json.");
        var command = new Command(
            "stress",
            "Run every scenario on every map on real threads, with no Coyote control, and count how the runs fail.");
        selection.AddTo(command);
        stress.AddTo(command);
        command.Options.Add(output);
        command.SetAction((parsed, cancellation) =>
        {
            var (scenarios, maps, options) = (selection.ReadScenarios(parsed), selection.ReadMaps(parsed), stress.Read(parsed));
            var outcome = StressSession.Run(scenarios, maps, options, OutputInput.Prepare(parsed, output), Console.Error, cancellation);
            StressTable.Write(console, outcome.Document);
            console.MarkupLine(Markup.Escape($"Wrote {outcome.File}"));
            return Task.FromResult(outcome.ExitCode);
        });
        return command;
    }
}
