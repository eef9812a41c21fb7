using System.CommandLine;
using Spectre.Console;
using StressMaps.Cli.Inputs;
using StressMaps.Harness.Files;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Sessions;

namespace StressMaps.Cli.Commands;

/// <summary>
/// <c>stressmaps truth-table</c>: the framework's Dictionary, SortedDictionary, SortedList and
/// ConcurrentDictionary under their documented contracts, over the dictionary scenarios.
/// </summary>
public static class TruthTableCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var output = OutputInput.Create("Folder for run.json.", Path.Combine(OutputFolder.Default, "truth-table"));
        var exploration = new ExplorationInputs();
        var command = new Command(
            "truth-table",
            "Show that the oracles tell the framework's maps apart: Dictionary, SortedDictionary and SortedList under " +
            "not-thread-safe are caught whenever calls write concurrently; ConcurrentDictionary under thread-safe fails only read-then-write.");
        exploration.AddTo(command);
        command.Options.Add(output);
        command.SetAction((parsed, cancellation) =>
        {
            var options = exploration.Read(parsed);
            var scenarios = FrameworkTruthTable.Scenarios;
            var targets = FrameworkTruthTable.Targets();
            var request = new RunRequest(scenarios, targets, options, OutputInput.Prepare(parsed, output)) { JudgedByContracts = true };
            return Task.FromResult(RunCommand.Execute(console, request, cancellation).ExitCode);
        });
        return command;
    }
}
