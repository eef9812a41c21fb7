using System.CommandLine;
using System.CommandLine.Parsing;
using Spectre.Console;
using StressMaps.Cli.Inputs;
using StressMaps.Cli.Output;
using StressMaps.Cli.ScaleOut;
using StressMaps.Cli.Watchdog;
using StressMaps.Harness.Files;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Sessions;
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
    public sealed record Selection(TargetInputs Targets, WatchdogInputs Watchdog, string[]? Scenarios, string[]? Maps);

    public static int Execute(
        IAnsiConsole console, ParseResult parsed, Selection selection, ExplorationOptions options, OutputFolder folder,
        IReadOnlyList<string> formats, bool shrink, UserRunWorker? worker, CancellationToken cancellation)
    {
        if (worker is not null)
        {
            var (planned, notes) = Plan(parsed, selection, options, folder, worker.Dropped);
            return worker.Explore(planned with { Shrink = shrink }, notes, cancellation);
        }

        if (selection.Targets.Named(parsed))
        {
            var arguments = parsed.Tokens.Where(token => token is not { Type: TokenType.Command, Value: "run" }).Select(token => token.Value).ToList();
            var watched = new WatchedRunRequest(arguments, parsed.GetValue(selection.Targets.Types) ?? [], options, folder, selection.Watchdog.Read(parsed), WorkerStart.Create)
            {
                Formats = formats,
            };
            using var written = new StringWriter();
            var outcome = WatchedRunSession.Run(watched, new SessionOutput(Console.Error, written, Environment.GetEnvironmentVariable), cancellation);
            MatrixTable.Write(console, outcome.Run);
            Console.Out.Write(written.ToString());
            return Strict(parsed, selection, outcome.Run, Explain(console, outcome));
        }

        // --generate N on the built-in maps: the project's own code, explored in this process as always.
        var (request, lines) = Plan(parsed, selection, options, folder, []);
        lines.ForEach(Console.Error.WriteLine);
        var built = RunCommand.Execute(console, request with { Formats = formats, Shrink = shrink }, cancellation);
        return Strict(parsed, selection, built.Run, Explain(console, built));
    }

    /// <summary>The run request, and the notes on its targets (what each is, the operations of a class, what was skipped).</summary>
    private static (RunRequest Request, List<string> Notes) Plan(
        ParseResult parsed, Selection selection, ExplorationOptions options, OutputFolder output, IReadOnlyCollection<string> dropped)
    {
        var inputs = selection.Targets;
        var userTargets = inputs.Load(parsed, dropped);
        if (userTargets.Count > 0 && selection.Maps is { Length: > 0 })
        {
            throw new UsageException("--maps names built-in maps; with --type, the run explores the named types only.");
        }

        var targets = userTargets.Count > 0
            ? userTargets.Select(user => user.Target).ToList()
            : NameListInput.Resolve(selection.Maps, TargetCatalog.BuiltIn, map => map.Name, "map");
        var planned = ContractRunPlan.Scenarios(targets, catalogs: userTargets.Count > 0, inputs.GenerateCount(parsed), options.Seed, inputs.Class.Parse(parsed).Domains);
        var scenarios = NameListInput.Resolve(selection.Scenarios, planned, scenario => scenario.Name, "scenario");
        var fieldLevel = parsed.GetValue(inputs.FieldInterleaving)
            ? userTargets.Where(user => user.IsRewritten).Select(user => user.Target).ToHashSet()
            : [];
        var optionsFor = ContractRunPlan.OptionsFor(options, fieldLevel);
        var notes = (ClassTargetRecord.Of(targets, scenarios)?.SelectMany(record => record.Lines()) ?? []).ToList();
        notes.AddRange(targets.Select(target => $"{target.Name}: {target.Summary}; contract {ContractNames.Of(target.Contract)}" +
            (optionsFor(target).InterleaveMemoryAccesses ? "; field-level interleaving on" : "")));
        // Named before exploring: such a target's cells get the unsupported verdict, never a false deadlock.
        notes.AddRange(targets.Where(target => target.Uncontrolled.Count > 0).Select(target =>
            $"unsupported: {target.Name} calls {string.Join(", ", target.Uncontrolled)}, which neither Coyote nor StressMaps controls; its cells are not explored"));
        // Framework code is not rewritten, so each call runs as one step: only answers across calls are judged.
        notes.AddRange(userTargets.Where(user => !user.IsRewritten && user.Target.Contract == ThreadSafetyContract.ThreadSafe && user.Target.Class is null).Select(framework =>
            $"note: {framework.Target.Name} is framework code Coyote cannot rewrite, so each call runs as one indivisible step; " +
            "if its documentation says it is not thread-safe, pass --contract not-thread-safe to catch overlapping calls."));
        return (new RunRequest(scenarios, targets, options, output) { JudgedByContracts = true, OptionsFor = optionsFor }, notes);
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
