using System.CommandLine;
using Spectre.Console;
using StressMaps.Cli.Inputs;
using StressMaps.Cli.Output;
using StressMaps.Cli.ScaleOut;
using StressMaps.Harness.Files;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Sessions;
using StressMaps.Harness.Sessions.ScaleOut;
using StressMaps.Harness.Sessions.Workers;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Cli.Commands;

/// <summary>
/// <c>stressmaps run --type ...</c> (and <c>--generate N</c>): the user's types, or the built-in maps, judged by
/// their contracts over the dictionary and map catalogs, each class target's own scenarios, and generated ones.
/// Named types run in worker processes under a watchdog (<see cref="WatchedRunSession"/>): this process never
/// runs their code.
/// </summary>
internal static class UserTargetRun
{
    /// <summary>What the command line says about the targets: the inputs, the watchdog, and the names typed.</summary>
    public sealed record Selection(TargetInputs Targets, WatchdogInputs Watchdog, string[]? Scenarios, string[]? Maps, ShardSpec? Shard);

    public static int Execute(
        IAnsiConsole console, ParseResult parsed, Selection selection, ExplorationOptions options, OutputFolder folder,
        IReadOnlyList<string> formats, bool shrink, CancellationToken cancellation)
    {
        var plan = new UserRunPlan(selection.Targets.Spec(parsed, selection.Maps), selection.Scenarios ?? [], selection.Targets.GenerateCount(parsed), options, folder.Path)
        {
            Shrink = shrink,
            Shard = selection.Shard,
        };
        if (selection.Targets.Named(parsed))
        {
            var watched = new WatchedRunRequest(plan, folder, selection.Watchdog.Read(parsed), WorkerStart.Create) { Formats = formats };
            using var written = new StringWriter();
            var outcome = WatchedRunSession.Run(watched, new SessionOutput(Console.Error, written, Environment.GetEnvironmentVariable), cancellation);
            MatrixTable.Write(console, outcome.Run);
            Console.Out.Write(written.ToString());
            return Strict(parsed, selection, outcome.Run, Explain(console, outcome));
        }

        // --generate N on the built-in maps: the project's own code, explored in this process as always.
        var (request, lines) = UserRunPlanner.Plan(plan, []);
        lines.ForEach(Console.Error.WriteLine);
        var built = RunCommand.Execute(console, request with { Formats = formats }, cancellation);
        return Strict(parsed, selection, built.Run, Explain(console, built));
    }

    // --strict: a run judged as expected still fails when a safe verdict covered part of a class.
    private static int Strict(ParseResult parsed, Selection selection, RunDocument run, int exitCode)
    {
        if (!parsed.GetValue(selection.Targets.Class.Strict) || exitCode != ExitCodes.Success || !PartialVerdict.Any(run))
        {
            return exitCode;
        }

        Console.Error.WriteLine("--strict: a safe verdict is partial (members that write state were not explored); exit 4");
        return ExitCodes.ExpectedBugMissed;
    }

    // Why each bug (or each cell the user's code stopped) is one.
    private static int Explain(IAnsiConsole console, RunOutcome outcome)
    {
        BugExplanations.Write(console, outcome.Run.Cells.Where(cell => cell.Verdict == VerdictKind.Bug || cell.Verdict.StopsTheWorker()).ToList(), new RunReport(outcome.Run, outcome.Bundles));
        return outcome.ExitCode;
    }
}
