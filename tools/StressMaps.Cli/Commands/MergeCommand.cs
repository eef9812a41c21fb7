using System.CommandLine;
using Spectre.Console;
using StressMaps.Cli.Inputs;
using StressMaps.Cli.Output;
using StressMaps.Cli.ScaleOut;
using StressMaps.Harness.RunFiles;
using StressMaps.Harness.ScaleOut;

namespace StressMaps.Cli.Commands;

/// <summary><c>stressmaps merge</c>: combines the run.json files of a run's shards into one run.json and prints the matrix.</summary>
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
            var shards = (parsed.GetValue(files) ?? []).Select(Read).ToList();
            RunDocument merged;
            try
            {
                merged = RunMerger.Merge(shards);
            }
            catch (InvalidDataException error)
            {
                throw new UsageException(error.Message);
            }

            var runFile = Path.Combine(parsed.GetValue(output) ?? RunCommand.DefaultOutput, "run.json");
            RunDocumentJson.Write(runFile, merged);
            MatrixTable.Write(console, merged);
            console.MarkupLine(Markup.Escape($"Merged {shards.Count} files into {runFile}"));
            return merged.Partial ? ExitCodes.UsageError : ScaleOutRun.ExitCodeOf(merged);
        });
        return command;
    }

    private static RunDocument Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"no such file: {path}.");
        }

        try
        {
            return RunDocumentJson.Deserialize(File.ReadAllText(path));
        }
        catch (InvalidDataException error)
        {
            throw new UsageException($"{path}: {error.Message}");
        }
    }
}
