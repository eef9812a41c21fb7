using System.CommandLine;
using StressMaps.Cli.Commands;
using StressMaps.Cli.Inputs;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Generation;
using StressMaps.Harness.Matrix;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Harness.UserTargets;
using StressMaps.Harness.Watchdog;

namespace StressMaps.Cli.Watchdog;

/// <summary>
/// What <c>run --type ...</c> (or <c>--generate N</c>) explores: the targets, the scenarios that apply to
/// them, each target's options, and the notes to print about them. Building it runs the user's code
/// (constructors, a first write), so with named types it is built inside a worker process.
/// </summary>
internal sealed class UserRunPlan
{
    private readonly HashSet<MapTarget> _fieldLevel;

    private UserRunPlan(
        IReadOnlyList<UserTarget> userTargets,
        IReadOnlyList<MapTarget> targets,
        IReadOnlyList<Scenario> scenarios,
        ExplorationOptions options,
        HashSet<MapTarget> fieldLevel)
    {
        UserTargets = userTargets;
        Targets = targets;
        Scenarios = scenarios;
        Options = options;
        _fieldLevel = fieldLevel;
    }

    /// <summary>The named types, loaded (empty when the run explores the built-in maps).</summary>
    public IReadOnlyList<UserTarget> UserTargets { get; }

    /// <summary>What is explored, in column order.</summary>
    public IReadOnlyList<MapTarget> Targets { get; }

    /// <summary>The scenarios, in row order.</summary>
    public IReadOnlyList<Scenario> Scenarios { get; }

    /// <summary>The run's options.</summary>
    public ExplorationOptions Options { get; }

    /// <summary>
    /// Loads the named types (all but those typed in <paramref name="dropped"/>) and works out the scenarios.
    /// Rejections are a <see cref="UsageException"/> of one line.
    /// </summary>
    public static UserRunPlan Build(
        ParseResult parsed,
        TargetInputs inputs,
        string[]? typedScenarios,
        string[]? typedMaps,
        ExplorationOptions options,
        IReadOnlyCollection<string> dropped)
    {
        var userTargets = inputs.Load(parsed, dropped);
        if (userTargets.Count > 0 && typedMaps is { Length: > 0 })
        {
            throw new UsageException("--maps names built-in maps; with --type, the run explores the named types only.");
        }

        WorkerPhase.Enter(WorkerPhaseKind.Planning);
        var targets = userTargets.Count > 0
            ? userTargets.Select(user => user.Target).ToList()
            : NameListInput.Resolve(typedMaps, TargetCatalog.BuiltIn, map => map.Name, "map");
        var scenarios = ClassTargetScenarios.Catalog(targets, userTargets.Count > 0, inputs.GenerateCount(parsed), options.Seed, inputs.Class.Parse(parsed).Domains);
        scenarios = NameListInput.Resolve(typedScenarios, scenarios, scenario => scenario.Name, "scenario").ToList();

        var fieldLevel = parsed.GetValue(inputs.FieldInterleaving)
            ? userTargets.Where(user => user.IsRewritten).Select(user => user.Target).ToHashSet()
            : [];
        return new UserRunPlan(userTargets, targets, scenarios, options, fieldLevel);
    }

    /// <summary>The options <paramref name="target"/> is explored with.</summary>
    public ExplorationOptions OptionsFor(MapTarget target) =>
        Options with { InterleaveMemoryAccesses = _fieldLevel.Contains(target) };

    /// <summary>The lines to print before exploring: each target and its contract, and a note per framework type.</summary>
    public IEnumerable<string> Notes()
    {
        foreach (var target in Targets)
        {
            yield return $"{target.Name}: {target.Summary}; contract {ContractNames.Of(target.Contract)}"
                + (OptionsFor(target).InterleaveMemoryAccesses ? "; field-level interleaving on" : "");
        }

        foreach (var line in ClassTargetScenarios.Describe(Targets, Scenarios))
        {
            yield return line;
        }

        foreach (var framework in UserTargets.Where(user => !user.IsRewritten && user.Target.Contract == ThreadSafetyContract.ThreadSafe))
        {
            // Framework code is not rewritten, so each call runs as one step: only answers across calls are judged.
            yield return $"note: {framework.Target.Name} is framework code Coyote cannot rewrite, so each call runs as one indivisible step; " +
                "if its documentation says it is not thread-safe, pass --contract not-thread-safe to catch overlapping calls.";
        }
    }

    /// <summary>Every cell in matrix order: scenarios as rows, targets as columns.</summary>
    public IEnumerable<(Scenario Scenario, MapTarget Target)> Cells() =>
        Scenarios.SelectMany(scenario => Targets.Select(target => (scenario, target)));
}
