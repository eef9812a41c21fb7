using System.CommandLine;
using Spectre.Console;
using StressMaps.Cli.Inputs;
using StressMaps.Cli.Output;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Replay;
using StressMaps.Harness.Shrinking;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Traces;

namespace StressMaps.Cli.Commands;

/// <summary>
/// <c>stressmaps replay BUNDLE</c>: replays a bug. Exit 2 when it reproduces every time, 0 when the
/// run is clean (the bug is gone), 1 when the bundle is unusable or the schedule diverges.
/// </summary>
public static class ReplayCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var input = new BundleInput();
        var times = new Option<int>("--times", "-n")
        {
            Description = "Replays to run; the bug must reproduce every time.",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command("replay", "Replay a bug bundle: exit 2 when the bug reproduces, 0 when it no longer does.");
        input.AddTo(command);
        command.Options.Add(times);
        command.SetAction(parsed =>
        {
            var count = parsed.GetValue(times);
            if (count is < 1 or > 100_000)
            {
                throw new UsageException($"--times must be a whole number from 1 to 100000; got {count}.");
            }

            var (bundle, target) = input.Read(parsed);
            return Execute(console, bundle, target, count);
        });
        return command;
    }

    private static int Execute(IAnsiConsole console, BugBundle bundle, MapTarget target, int times)
    {
        var trace = bundle.Trace.GetRawText();
        var signature = BugSignature.Of(bundle.Verdict.Message);
        var reproduced = 0;
        ReplayRun? last = null;
        for (var i = 0; i < times; i++)
        {
            last = TraceReplay.Run(bundle.Scenario, target, trace, bundle.Replay.ReplayOptions);
            if (!last.Outcome.BugFound)
            {
                return Clean(console, bundle, target, trace, reproduced, times);
            }

            reproduced++;
        }

        // The interleaving as it ran now, not as the bundle remembers it.
        ReportWriter.WriteInterleaving(console, bundle with { Schedule = ScheduleBuilder.Build(last!.Journal, bundle.Scenario) });
        var message = last.Outcome.BugMessage;
        var same = BugSignature.Of(message) == signature ? "" : $" (a different bug than the bundle's: {bundle.Verdict.Message})";
        console.MarkupLine(Markup.Escape($"The bug reproduces {reproduced}/{times}: {message}{same}"));
        return ExitCodes.UnexpectedBug;
    }

    private static int Clean(IAnsiConsole console, BugBundle bundle, MapTarget target, string trace, int reproduced, int times)
    {
        // Coyote only says why a replay left its trace in its verbose log: run once more with it.
        var verbose = TraceReplay.Run(bundle.Scenario, target, trace, bundle.Replay.ReplayOptions, verbose: true);
        if (Divergence.FromLog(verbose.Log, CoyoteTrace.Parse(trace)) is { } divergence)
        {
            Console.Error.WriteLine($"error: {bundle.Cell}: {divergence}");
            return ExitCodes.UsageError;
        }

        if (reproduced > 0)
        {
            Console.Error.WriteLine($"error: {bundle.Cell}: the bug reproduced {reproduced} of {times} times; replay should be deterministic.");
            return ExitCodes.InternalError;
        }

        console.MarkupLine(Markup.Escape(
            $"The bug no longer reproduces: {bundle.Cell} ran clean along the bundled schedule (expected: {bundle.Verdict.Message}). If you fixed it, well done."));
        return ExitCodes.Success;
    }
}
