using System.CommandLine;
using StressMaps.Cli.Inputs;
using StressMaps.Harness.Documents;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Sessions;
using StressMaps.Harness.Targets;

namespace StressMaps.Cli.Commands;

/// <summary>
/// <c>stressmaps run --type ...</c> (and <c>--generate N</c>): the run request for the user's types, or the
/// built-in maps, judged by their contracts over the dictionary and map catalogs plus generated scenarios.
/// </summary>
internal static class UserTargetRun
{
    /// <summary>The request, and the scenarios the bug explanations print.</summary>
    public static (RunRequest Request, IReadOnlyList<Scenario> Scenarios) Plan(
        ParseResult parsed,
        TargetInputs inputs,
        string[]? typedScenarios,
        string[]? typedMaps,
        ExplorationOptions options,
        OutputFolder output)
    {
        var userTargets = inputs.Load(parsed);
        if (userTargets.Count > 0 && typedMaps is { Length: > 0 })
        {
            throw new UsageException("--maps names built-in maps; with --type, the run explores the named types only.");
        }

        var targets = userTargets.Count > 0
            ? userTargets.Select(user => user.Target).ToList()
            : NameListInput.Resolve(typedMaps, TargetCatalog.BuiltIn, map => map.Name, "map");
        var planned = ContractRunPlan.Scenarios(targets, catalogs: userTargets.Count > 0, inputs.GenerateCount(parsed), options.Seed);
        var scenarios = NameListInput.Resolve(typedScenarios, planned, scenario => scenario.Name, "scenario");
        var fieldLevel = parsed.GetValue(inputs.FieldInterleaving)
            ? userTargets.Where(user => user.IsRewritten).Select(user => user.Target).ToHashSet()
            : [];
        var optionsFor = ContractRunPlan.OptionsFor(options, fieldLevel);
        foreach (var target in targets)
        {
            Console.Error.WriteLine(
                $"{target.Name}: {target.Summary}; contract {ContractNames.Of(target.Contract)}" +
                (optionsFor(target).InterleaveMemoryAccesses ? "; field-level interleaving on" : ""));
        }

        foreach (var framework in userTargets.Where(user => !user.IsRewritten && user.Target.Contract == ThreadSafetyContract.ThreadSafe))
        {
            // Framework code is not rewritten, so each call runs as one step: only answers across calls are judged.
            Console.Error.WriteLine(
                $"note: {framework.Target.Name} is framework code Coyote cannot rewrite, so each call runs as one indivisible step; " +
                "if its documentation says it is not thread-safe, pass --contract not-thread-safe to catch overlapping calls.");
        }

        var request = new RunRequest(scenarios, targets, options, output) { JudgedByContracts = true, OptionsFor = optionsFor };
        return (request, scenarios);
    }
}
