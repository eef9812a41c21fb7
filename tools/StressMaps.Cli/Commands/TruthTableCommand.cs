using System.CommandLine;
using Spectre.Console;
using StressMaps.Cli.Inputs;
using StressMaps.Harness.Oracles;

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
        var output = OutputInput.Create("Folder for run.json.", Path.Combine(RunCommand.DefaultOutput, "truth-table"));
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
            return Task.FromResult(RunCommand.Execute(
                console,
                scenarios.Count * targets.Count,
                (onCell, token) => OracleMatrixRunner.Run(scenarios, targets, _ => options, onCell, token),
                options,
                parsed.GetValue(output) ?? RunCommand.DefaultOutput,
                bundles: null,
                ReportFormatInput.RunDefaults,
                cancellation));
        });
        return command;
    }
}
