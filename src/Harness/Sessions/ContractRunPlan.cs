using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Scenarios.Generation;
using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Sessions;

/// <summary>What a run judged by contracts explores (<c>run --type</c>, or <c>--generate N</c> on the built-in maps).</summary>
public static class ContractRunPlan
{
    /// <summary>
    /// The scenarios for <paramref name="targets"/>. Over the map targets: with <paramref name="catalogs"/>, the
    /// dictionary and map catalogs' scenarios some target supports, then <paramref name="generate"/> scenarios
    /// generated from <paramref name="seed"/> over the operations every map target offers. Over each class
    /// target: its own catalog (<see cref="ClassScenarioGenerator"/>), arguments from <paramref name="domains"/>.
    /// </summary>
    public static IReadOnlyList<Scenario> Scenarios(
        IReadOnlyList<Target> targets, bool catalogs, int generate, uint seed, DomainOptions? domains = null)
    {
        var maps = targets.Where(target => target.Class is null).ToList();
        var classes = targets.Where(target => target.Class is not null).ToList();
        IEnumerable<Scenario> catalog = catalogs && maps.Count > 0
            ? DictionaryScenarioCatalog.All.Concat(ScenarioCatalog.All).DistinctBy(scenario => scenario.Name)
            : [];
        var mapScenarios = catalog
            .Where(scenario => maps.Any(target => OracleExpectations.For(scenario, target).Expectation != Expectation.NotApplicable))
            .Concat(maps.Count == 0 ? [] : ScenarioGenerator.Generate(generate, seed, maps.Select(TargetCalls.OfferedBy).Aggregate((a, b) => a.Intersect(b).ToList())));
        // Two class targets may share operation names that mean different things: each gets its own scenarios, named after it.
        var classScenarios = classes.SelectMany(target => ClassScenarioGenerator.Generate(target.Class!.Model, domains ?? DomainOptions.Default, generate, seed)
            .Select(scenario => classes.Count == 1 ? scenario : scenario with { Name = $"{target.Name.ToLowerInvariant()}-{scenario.Name}" }));
        return mapScenarios.Concat(classScenarios).ToList();
    }

    /// <summary>Each target's options: field-level interleaving on for the targets in <paramref name="fieldLevel"/>.</summary>
    public static Func<Target, ExplorationOptions> OptionsFor(ExplorationOptions options, IReadOnlySet<Target> fieldLevel) =>
        target => options with { InterleaveMemoryAccesses = fieldLevel.Contains(target) };
}
