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
using StressMaps.Harness.Sessions.Budget;
using StressMaps.Harness.Exploration.Coverage;
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
    public sealed record Selection(TargetInputs Targets, WatchdogInputs Watchdog, string[]? Scenarios, string[]? Maps, RunBudget? Budget);

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
            return Explain(console, outcome);
        }

        // --generate N on the built-in maps: the project's own code, explored in this process as always.
        var (request, lines) = Plan(parsed, selection, options, folder, []);
        lines.ForEach(Console.Error.WriteLine);
        return Explain(console, RunCommand.Execute(console, request with { Formats = formats, Shrink = shrink }, cancellation));
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
        // A budget is spent by the worker's scheduler: only named types run in workers.
        var budget = inputs.Named(parsed) ? selection.Budget : null;
        if (budget is not null)
        {
            notes.Add($"budget: {budget} of exploring across {scenarios.Count * targets.Count} cells, slices to the cells whose interleaving coverage still grows; " +
                $"a cell stops when saturated (no new pair in the last {SaturationRule.QuietSchedules} schedules, nor in as many as its last new pair took)");
        }

        return (new RunRequest(scenarios, targets, options, output) { JudgedByContracts = true, OptionsFor = optionsFor, Budget = budget }, notes);
    }

    // Why each bug (or each cell the user's code stopped) is one.
    private static int Explain(IAnsiConsole console, RunOutcome outcome)
    {
        // Each distinct bug once, from the cell its bundle comes from; each cell the user's code stopped on its own.
        var causes = outcome.Run.Bugs ?? [];
        var shown = outcome.Run.Cells.Where(cell => causes.Any(cause => cause.Smallest == cell.Id.ToString()) || cell.Verdict.StopsTheWorker()
            || (causes.Count == 0 && cell.Verdict == VerdictKind.Bug)).ToList();
        BugExplanations.Write(console, shown, new RunReport(outcome.Run, outcome.Bundles), causes);
        if (causes.Count > 0)
        {
            console.WriteLine();
            console.WriteLine($"{causes.Count} distinct bug{(causes.Count == 1 ? "" : "s")} in {causes.Sum(cause => cause.Cells.Count)} bug cells (run.json bugs[]).");
        }
        return outcome.ExitCode;
    }
}
