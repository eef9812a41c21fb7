using StressMaps.Harness.Exploration.Coverage;
using StressMaps.Harness.Files;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Sessions.ScaleOut;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Targets.Loading;

namespace StressMaps.Harness.Sessions.Workers;

/// <summary>Turns a <see cref="UserRunPlan"/> into the run it asks for: the targets loaded, the scenarios planned, the notes on them.</summary>
public static class UserRunPlanner
{
    /// <summary>
    /// The run request of <paramref name="plan"/>, leaving out the types in <paramref name="dropped"/> (a type whose
    /// pre-check killed a worker), and the notes on its targets (what each is, the operations of a class, what
    /// was skipped). Loading runs the user's code. Anything that cannot be explored is a <see cref="BadInputException"/>.
    /// </summary>
    public static (RunRequest Request, List<string> Notes) Plan(UserRunPlan plan, IReadOnlyCollection<string> dropped)
    {
        if (plan.Tests is { } tests)
        {
            return PlanTests(plan, tests, dropped);
        }

        var spec = plan.Targets;
        var userTargets = Load(spec, dropped);
        var targets = userTargets.Count > 0
            ? userTargets.Select(user => user.Target).ToList()
            : NameSelection.Resolve(spec.Maps, TargetCatalog.BuiltIn, map => map.Name, "map");
        var planned = ContractRunPlan.Scenarios(targets, catalogs: userTargets.Count > 0, plan.Generate, plan.Options.Seed, spec.Class.Domains);
        var scenarios = NameSelection.Resolve(plan.Scenarios, planned, scenario => scenario.Name, "scenario");
        var fieldLevel = spec.FieldInterleaving
            ? userTargets.Where(user => user.IsRewritten).Select(user => user.Target).ToHashSet()
            : [];
        var optionsFor = ContractRunPlan.OptionsFor(plan.Options, fieldLevel);
        var notes = (ClassTargetRecord.Of(targets, scenarios)?.SelectMany(record => record.Lines()) ?? []).ToList();
        notes.AddRange(targets.Select(target => $"{target.Name}: {target.Summary}; contract {ContractNames.Of(target.Contract)}" +
            (optionsFor(target).InterleaveMemoryAccesses ? "; field-level interleaving on" : "")));
        notes.AddRange(targets.Where(target => target.Uncontrolled.Count > 0).Select(UnsupportedNote));
        // Framework code is not rewritten, so each call runs as one step: only answers across calls are judged.
        notes.AddRange(userTargets.Where(user => !user.IsRewritten && user.Target.Contract == ThreadSafetyContract.ThreadSafe && user.Target.Class is null).Select(framework =>
            $"note: {framework.Target.Name} is framework code Coyote cannot rewrite, so each call runs as one indivisible step; " +
            "if its documentation says it is not thread-safe, pass --contract not-thread-safe to catch overlapping calls."));
        if (plan.Budget is { } budget)
        {
            var cells = scenarios.Count * targets.Count;
            var share = budget.ShareFor(cells) is > 0 and var first ? $"every cell first {first} schedules, then " : "";
            notes.Add($"budget: {share}{budget} of exploring across {cells} cells, slices to the cells whose interleaving coverage still grows; " +
                $"a cell stops when saturated (at least {SaturationRule.MinSchedules} schedules, no new pair in the last {SaturationRule.QuietSchedules}, nor in as many as its last new pair took; -i N for a fixed count)");
        }

        var request = new RunRequest(scenarios, targets, plan.Options, OutputFolder.Prepare(plan.Output))
        {
            JudgedByContracts = true,
            OptionsFor = optionsFor,
            Budget = plan.Budget,
            Shrink = plan.Shrink,
            ScaleOut = plan.Shard is null ? null : new ScaleOutLayout(Workers: 1, plan.Shard, Slices: 1),
        };
        return (request, notes);
    }

    // stressmaps test: each test method a target of the one test scenario.
    private static (RunRequest Request, List<string> Notes) PlanTests(UserRunPlan plan, ConcurrentTestsSpec tests, IReadOnlyCollection<string> dropped)
    {
        IReadOnlyList<Target> targets;
        try
        {
            targets = ConcurrentTestLoader.Load(plan.Targets.Assembly!, tests.Methods.Where(method => !dropped.Contains(method)).ToList(), tests.Patterns);
        }
        catch (TargetRejectedException rejected)
        {
            throw new BadInputException(rejected.Message);
        }

        var notes = targets.Select(target => $"{target.Name}: {target.Summary}").Concat(targets.Where(target => target.Uncontrolled.Count > 0).Select(UnsupportedNote)).ToList();
        var request = new RunRequest([ConcurrentTestScenario.Instance], targets, plan.Options, OutputFolder.Prepare(plan.Output))
        {
            JudgedByContracts = true,
            Shrink = plan.Shrink,
        };
        return (request, notes);
    }

    // Named before exploring: such a target's cells get the unsupported verdict, never a false deadlock.
    private static string UnsupportedNote(Target target) =>
        $"unsupported: {target.Name} calls {string.Join(", ", target.Uncontrolled)}, which neither Coyote nor StressMaps controls; its cells are not explored";

    private static IReadOnlyList<UserTarget> Load(UserTargetsSpec spec, IReadOnlyCollection<string> dropped)
    {
        try
        {
            return spec.Types.Where(type => !dropped.Contains(type)).Select(type => UserTargetLoader.Load(spec.Assembly, type, spec.Contract, spec.Class)).ToList();
        }
        catch (TargetRejectedException rejected)
        {
            throw new BadInputException(rejected.Message);
        }
    }
}
