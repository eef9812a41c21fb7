using System.CommandLine;
using Spectre.Console;
using StressMaps.Cli.Inputs;
using StressMaps.Cli.ScaleOut;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Sessions;
using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Harness.Sessions.Workers;

namespace StressMaps.Cli.Commands;

/// <summary>
/// <c>stressmaps replay BUNDLE</c>: replays a bug (<see cref="ReplaySession"/>). Exit 2 when it reproduces
/// every time, 0 when the run is clean (the bug is gone), 1 when the bundle is unusable or the schedule diverges.
/// </summary>
public static class ReplayCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var input = new BundleInput();
        var cells = new CellReplayInput();
        // A bundle, or --cell.
        input.Path.Arity = ArgumentArity.ZeroOrOne;
        var times = new Option<int>("--times", "-n")
        {
            Description = "Replays to run; the bug must reproduce every time.",
            DefaultValueFactory = _ => 1,
        };
        var watchdog = new WatchdogInputs();
        var command = new Command("replay", "Replay a bug bundle: exit 2 when the bug reproduces, 0 when it no longer does.");
        input.AddTo(command);
        command.Options.Add(times);
        cells.AddTo(command);
        watchdog.AddTo(command);
        command.SetAction(parsed =>
        {
            var count = parsed.GetValue(times);
            if (count is < 1 or > 100_000)
            {
                throw new UsageException($"--times must be a whole number from 1 to 100000; got {count}.");
            }

            if (cells.WriteBundle(parsed, parsed.GetValue(input.Path)) is { } cellBundle)
            {
                return Report(console, CellReplay(cellBundle, input, watchdog, parsed, count));
            }

            // A user's type runs in a worker under the watchdog: a schedule that hangs or crashes is a verdict.
            var (_, bundle) = input.ReadBundle(parsed);
            var outcome = bundle.Target.IsUserType
                ? WatchedBundleSession.Replay(input.Job(parsed) with { Times = count }, watchdog.ReadOr(parsed, WatchdogLimits.Of(bundle.Watchdog)), WorkerStart.Create)
                : ReplaySession.Replay(bundle, input.Read(parsed).Target, count);
            return Report(console, outcome);
        });
        return command;
    }

    // A cell rebuilt from run.json: only a user's type keeps its scenario there, so it replays in a watched worker.
    private static ReplayOutcome CellReplay(string bundle, BundleInput input, WatchdogInputs watchdog, ParseResult parsed, int count)
    {
        try
        {
            var limits = watchdog.ReadOr(parsed, WatchdogLimits.Of(BugBundleJson.Read(bundle).Watchdog));
            return WatchedBundleSession.Replay(new BundleJob(bundle, parsed.GetValue(input.Assembly), parsed.GetValue(input.Force), count), limits, WorkerStart.Create);
        }
        finally
        {
            File.Delete(bundle);
        }
    }

    private static int Report(IAnsiConsole console, ReplayOutcome outcome)
    {
        if (outcome.AsRan is { } asRan)
        {
            InterleavingTable.WriteBug(Console.Out, asRan);
        }

        if (outcome.Kind is OutcomeKind.BadInput or OutcomeKind.InternalError)
        {
            Console.Error.WriteLine($"error: {outcome.Message}");
        }
        else
        {
            console.MarkupLine(Markup.Escape(outcome.Message));
        }

        return outcome.ExitCode;
    }
}
