using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Sessions;
using StressMaps.Harness.Targets;

namespace StressMaps.Testing;

/// <summary>The scenarios a test runs on a type: those <c>run --type</c> picks (<see cref="ContractRunPlan"/>), or the ones the options name.</summary>
internal static class TestScenarios
{
    public static IReadOnlyList<Scenario> For(Target target, StressMapsOptions options)
    {
        var all = ContractRunPlan.Scenarios([target], catalogs: true, options.Generate, options.Seed);
        return options.Scenarios is null
            ? all
            : options.Scenarios.Select(name => all.FirstOrDefault(scenario => string.Equals(scenario.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException($"unknown scenario '{name}' for {target.Name}; expected one of {string.Join(", ", all.Select(scenario => scenario.Name))}.", nameof(options)))
                .ToList();
    }
}
