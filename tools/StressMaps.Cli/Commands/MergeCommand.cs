using System.CommandLine;
using Spectre.Console;
using StressMaps.Cli.Inputs;
using StressMaps.Cli.Output;
using StressMaps.Harness.Sessions;

namespace StressMaps.Cli.Commands;

/// <summary><c>stressmaps merge</c>: combines the run.json files of a run's shards (<see cref="MergeSession"/>) and prints the matrix.</summary>
public static class MergeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "The run.json of every shard (from 'run --shard I/N').",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = OutputInput.Create("Folder for the merged run.json.");
        var command = new Command("merge", "Merge the run.json files of a run's shards into one run.json and print the verdict matrix.");
        command.Arguments.Add(files);
        command.Options.Add(output);
        command.SetAction(parsed =>
        {
            var merged = MergeSession.Merge(parsed.GetValue(files) ?? [], OutputInput.Prepare(parsed, output));
            MatrixTable.Write(console, merged.Run);
            console.MarkupLine(Markup.Escape($"Merged {merged.Shards} files into {merged.RunFile}"));
            if (merged.Bundles > 0)
            {
                console.MarkupLine(Markup.Escape($"Kept {merged.Bundles} bug bundle{(merged.Bundles > 1 ? "s" : "")} in {Path.Combine(Path.GetDirectoryName(merged.RunFile)!, "bugs")}"));
            }
            return merged.ExitCode;
        });
        return command;
    }
}
