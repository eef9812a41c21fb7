using System.CommandLine;
using System.CommandLine.Parsing;
using Spectre.Console;
using StressMaps.Cli.Inputs;
using StressMaps.Cli.Output;
using StressMaps.Cli.Watchdog;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Matrix;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.RunFiles;

namespace StressMaps.Cli.Commands;

/// <summary>
/// <c>stressmaps run --type ...</c> (and <c>--generate N</c>): explores the user's types, or the built-in
/// maps, judged by their contracts, over the dictionary and map catalogs plus generated scenarios. The
/// user's types run in worker processes under a watchdog (<see cref="WatchedUserRun"/>); this process
/// never runs their code.
/// </summary>
internal static class UserTargetRun
{
    public static int Execute(
        IAnsiConsole console,
        ParseResult parsed,
        TargetInputs inputs,
        WatchdogInputs watchdog,
        string[]? typedScenarios,
        string[]? typedMaps,
        ExplorationOptions options,
        string outputFolder,
        RunCommand.RunExtras extras,
        UserRunWorker? worker,
        CancellationToken cancellation)
    {
        if (worker is not null)
        {
            var plan = UserRunPlan.Build(parsed, inputs, typedScenarios, typedMaps, options, worker.Dropped);
            return worker.Explore(plan, outputFolder, extras.Shrink, cancellation);
        }

        if (inputs.Named(parsed))
        {
            var limits = watchdog.Read(parsed);
            var arguments = parsed.Tokens.Where(token => token is not { Type: TokenType.Command, Value: "run" }).Select(token => token.Value).ToList();
            return WatchedUserRun.Execute(console, arguments, parsed.GetValue(inputs.Types) ?? [], limits, options, outputFolder, extras, cancellation);
        }

        return ExploreBuiltIn(console, UserRunPlan.Build(parsed, inputs, typedScenarios, typedMaps, options, []), outputFolder, extras, cancellation);
    }

    // --generate N on the built-in maps: the project's own code, explored in this process as always.
    private static int ExploreBuiltIn(IAnsiConsole console, UserRunPlan plan, string outputFolder, RunCommand.RunExtras extras, CancellationToken cancellation)
    {
        foreach (var note in plan.Notes())
        {
            Console.Error.WriteLine(note);
        }

        var bugs = new List<CellVerdict>();
        var exitCode = RunCommand.Execute(
            console,
            plan.Scenarios.Count * plan.Targets.Count,
            (onCell, token) => OracleMatrixRunner.Run(plan.Scenarios, plan.Targets, plan.OptionsFor, verdict =>
            {
                onCell(verdict);
                if (verdict.Outcome is { BugFound: true })
                {
                    bugs.Add(verdict);
                }
            }, token),
            plan.Options,
            outputFolder,
            bundles: null,
            extras.Formats,
            cancellation);
        BugExplanations.Write(console, bugs.Select(RunDocumentBuilder.ToRecord).ToList());
        return exitCode;
    }
}
