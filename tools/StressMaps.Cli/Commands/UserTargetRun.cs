using System.CommandLine;
using Spectre.Console;
using StressMaps.Cli.Inputs;
using StressMaps.Cli.Output;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Generation;
using StressMaps.Harness.Matrix;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Cli.Commands;

/// <summary>
/// <c>stressmaps run --type ...</c> (and <c>--generate N</c>): explores the user's types, or the built-in
/// maps, judged by their contracts, over the dictionary and map catalogs plus generated scenarios.
/// </summary>
internal static class UserTargetRun
{
    public static int Execute(
        IAnsiConsole console,
        ParseResult parsed,
        TargetInputs inputs,
        string[]? typedScenarios,
        string[]? typedMaps,
        ExplorationOptions options,
        string outputFolder,
        RunCommand.RunExtras extras,
        CancellationToken cancellation)
    {
        var userTargets = inputs.Load(parsed);
        if (userTargets.Count > 0 && typedMaps is { Length: > 0 })
        {
            throw new UsageException("--maps names built-in maps; with --type, the run explores the named types only.");
        }

        var targets = userTargets.Count > 0
            ? userTargets.Select(user => user.Target).ToList()
            : NameListInput.Resolve(typedMaps, TargetCatalog.BuiltIn, map => map.Name, "map");
        var scenarios = ClassTargetScenarios.Catalog(targets, userTargets.Count > 0, inputs.GenerateCount(parsed), options.Seed, inputs.Class.Parse(parsed).Domains);
        scenarios = NameListInput.Resolve(typedScenarios, scenarios, scenario => scenario.Name, "scenario").ToList();
        ClassTargetScenarios.Describe(targets, scenarios);

        var fieldLevel = parsed.GetValue(inputs.FieldInterleaving);
        var rewritten = userTargets.Where(user => user.IsRewritten).Select(user => user.Target).ToHashSet();
        ExplorationOptions OptionsFor(MapTarget target) =>
            options with { InterleaveMemoryAccesses = fieldLevel && rewritten.Contains(target) };
        foreach (var target in targets)
        {
            Console.Error.WriteLine(
                $"{target.Name}: {target.Summary}; contract {ContractNames.Of(target.Contract)}" +
                (OptionsFor(target).InterleaveMemoryAccesses ? "; field-level interleaving on" : ""));
        }

        foreach (var framework in userTargets.Where(user => !user.IsRewritten && user.Target.Contract == ThreadSafetyContract.ThreadSafe && user.Target.Class is null))
        {
            // Framework code is not rewritten, so each call runs as one step: only answers across calls are judged.
            Console.Error.WriteLine(
                $"note: {framework.Target.Name} is framework code Coyote cannot rewrite, so each call runs as one indivisible step; " +
                "if its documentation says it is not thread-safe, pass --contract not-thread-safe to catch overlapping calls.");
        }

        var bugs = new List<CellVerdict>();
        var exitCode = RunCommand.Execute(
            console,
            scenarios.Count * targets.Count,
            (onCell, token) => OracleMatrixRunner.Run(scenarios, targets, OptionsFor, verdict =>
            {
                onCell(verdict);
                if (verdict.Outcome is { BugFound: true })
                {
                    bugs.Add(verdict);
                }
            }, token),
            options,
            outputFolder,
            bundles: null, // User-target bugs are not bundled yet: replay would have to reload the user's type.
            extras.Formats,
            cancellation);
        BugExplanations.Write(console, bugs, scenarios);
        return exitCode;
    }
}
