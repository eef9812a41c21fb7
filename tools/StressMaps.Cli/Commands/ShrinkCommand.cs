using System.CommandLine;
using Spectre.Console;
using StressMaps.Cli.Inputs;
using StressMaps.Cli.Output;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Shrinking;

namespace StressMaps.Cli.Commands;

/// <summary><c>stressmaps shrink BUNDLE</c>: shrinks a bug bundle and writes the smaller one beside it.</summary>
public static class ShrinkCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var input = new BundleInput();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where to write the shrunk bundle (default: beside it, as <name>.shrunk.bundle.json).",
        };
        var command = new Command("shrink", "Shrink a bug bundle: fewer tasks and operations, then fewer preemptions and steps.");
        input.AddTo(command);
        command.Options.Add(output);
        command.SetAction((parsed, cancellation) =>
        {
            var (bundle, target) = input.Read(parsed);
            var path = parsed.GetValue(output) ?? DefaultOutput(parsed.GetValue(input.Path)!);
            var options = new ShrinkOptions(
                MaxSteps: bundle.Replay.MaxSteps,
                Seed: bundle.Replay.Seed ?? ExplorationOptions.DefaultSeed,
                InterleaveMemoryAccesses: bundle.Replay.InterleaveMemoryAccesses == true);
            var shrunk = BugShrinker.Shrink(bundle, target, options, cancellation);
            BugBundleJson.Write(path, shrunk with { ReplayCommand = $"stressmaps replay {path} --times 100" });
            ReportWriter.WriteInterleaving(console, shrunk);
            console.MarkupLine(Markup.Escape($"Wrote {path}{ShrinkText.Of(shrunk)}"));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    // The name comes from the path the user typed, never from inside the bundle.
    private static string DefaultOutput(string bundlePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(bundlePath))!;
        var name = Path.GetFileName(bundlePath);
        var stem = name.EndsWith(".bundle.json", StringComparison.OrdinalIgnoreCase) ? name[..^".bundle.json".Length] : Path.GetFileNameWithoutExtension(name);
        return Path.Combine(folder, SafeFileName.From($"{stem}.shrunk.bundle.json"));
    }

}
