using StressMaps.Harness.Generation;
using StressMaps.Harness.Matrix;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Testing;

/// <summary>The scenarios a test runs on a type: the catalogs' that apply to it and the generated ones, as <c>run --type</c> picks them.</summary>
internal static class TestScenarios
{
    public static IReadOnlyList<Scenario> For(MapTarget target, StressMapsOptions options)
    {
        var all = DictionaryScenarioCatalog.All.Concat(ScenarioCatalog.All).DistinctBy(scenario => scenario.Name)
            .Where(scenario => OracleExpectations.For(scenario, target).Expectation != Expectation.NotApplicable)
            .Concat(ScenarioGenerator.Generate(options.Generate, options.Seed, TargetCalls.OfferedBy(target)))
            .ToList();
        if (options.Scenarios is null)
        {
            return all;
        }

        return options.Scenarios.Select(name => all.FirstOrDefault(scenario => string.Equals(scenario.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"unknown scenario '{name}' for {target.Name}; expected one of {string.Join(", ", all.Select(scenario => scenario.Name))}.", nameof(options)))
            .ToList();
    }
}
