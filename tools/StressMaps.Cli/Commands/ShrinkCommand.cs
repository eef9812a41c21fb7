using System.CommandLine;
using Spectre.Console;
using StressMaps.Cli.Inputs;
using StressMaps.Cli.ScaleOut;
using StressMaps.Harness.Files;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Sessions;
using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Harness.Bundles.Shrinking;

namespace StressMaps.Cli.Commands;

/// <summary><c>stressmaps shrink BUNDLE</c>: shrinks a bug bundle (<see cref="ShrinkSession"/>) and writes the smaller one beside it.</summary>
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
        var watchdog = new WatchdogInputs();
        var command = new Command("shrink", "Shrink a bug bundle: fewer tasks and operations, then fewer preemptions and steps.");
        input.AddTo(command);
        command.Options.Add(output);
        watchdog.AddTo(command);
        command.SetAction((parsed, cancellation) =>
        {
            var (_, bundle) = input.ReadBundle(parsed);
            var path = OutputFolder.PrepareFile(parsed.GetValue(output) ?? ShrinkSession.DefaultPath(parsed.GetValue(input.Path)!));
            // A user's type runs in a worker under the watchdog, as in replay.
            var shrunk = bundle.Target.IsUserType
                ? WatchedBundleSession.Shrink(input.Job(parsed) with { ShrinkTo = path, DefaultSeed = ExplorationOptions.DefaultSeed }, watchdog.ReadOr(parsed, WatchdogLimits.Of(bundle.Watchdog)), WorkerStart.Create, cancellation)
                : ShrinkSession.Shrink(bundle, input.Read(parsed).Target, path, ExplorationOptions.DefaultSeed, cancellation);
            InterleavingTable.WriteBug(Console.Out, shrunk);
            console.MarkupLine(Markup.Escape($"Wrote {path}{ShrinkText.Of(shrunk.Shrinking)}"));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
