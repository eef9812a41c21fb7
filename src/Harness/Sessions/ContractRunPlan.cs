using StressMaps.Harness.Exploration;
using StressMaps.Harness.Generation;
using StressMaps.Harness.Matrix;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Sessions;

/// <summary>What a run judged by contracts explores (<c>run --type</c>, or <c>--generate N</c> on the built-in maps).</summary>
public static class ContractRunPlan
{
    /// <summary>
    /// The scenarios for <paramref name="targets"/>: with <paramref name="catalogs"/>, the dictionary and map
    /// catalogs' scenarios some target supports; then <paramref name="generate"/> scenarios generated from
    /// <paramref name="seed"/> over the operations every target offers.
    /// </summary>
    public static IReadOnlyList<Scenario> Scenarios(IReadOnlyList<MapTarget> targets, bool catalogs, int generate, uint seed)
    {
        IEnumerable<Scenario> catalog = catalogs
            ? DictionaryScenarioCatalog.All.Concat(ScenarioCatalog.All).DistinctBy(scenario => scenario.Name)
            : [];
        var offered = targets.Select(TargetCalls.OfferedBy).Aggregate((a, b) => a.Intersect(b).ToList());
        return catalog
            .Where(scenario => targets.Any(target => OracleExpectations.For(scenario, target).Expectation != Expectation.NotApplicable))
            .Concat(ScenarioGenerator.Generate(generate, seed, offered))
            .ToList();
    }

    /// <summary>Each target's options: field-level interleaving on for the targets in <paramref name="fieldLevel"/>.</summary>
    public static Func<MapTarget, ExplorationOptions> OptionsFor(ExplorationOptions options, IReadOnlySet<MapTarget> fieldLevel) =>
        target => options with { InterleaveMemoryAccesses = fieldLevel.Contains(target) };
}
