using StressMaps.Harness.Generation;
using StressMaps.Harness.Matrix;
using StressMaps.Harness.Operations;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Cli.Commands;

/// <summary>
/// The scenarios of a run over user targets: the map catalogs and map-generated scenarios for map types,
/// and each class target's own catalog (pairs, hand-outs, random); and the lines that say what a class
/// target skipped and covered.
/// </summary>
internal static class ClassTargetScenarios
{
    public static List<Scenario> Catalog(IReadOnlyList<MapTarget> targets, bool userNamed, int generate, uint seed, DomainOptions domains)
    {
        var maps = targets.Where(target => target.Class is null).ToList();
        var classes = targets.Where(target => target.Class is not null).ToList();
        IEnumerable<Scenario> catalog = userNamed && maps.Count > 0
            ? DictionaryScenarioCatalog.All.Concat(ScenarioCatalog.All).DistinctBy(scenario => scenario.Name)
            : [];
        var mapScenarios = catalog
            .Where(scenario => maps.Any(target => OracleExpectations.For(scenario, target).Expectation != Expectation.NotApplicable))
            .Concat(maps.Count == 0 ? [] : ScenarioGenerator.Generate(generate, seed, maps.Select(TargetCalls.OfferedBy).Aggregate((a, b) => a.Intersect(b).ToList())));
        // Two class targets may share operation names with other meanings: each gets its own scenarios, named after it.
        var classScenarios = classes.SelectMany(target => ClassScenarioGenerator.Generate(target.Class!.Model, domains, generate, seed)
            .Select(scenario => classes.Count == 1 ? scenario : scenario with { Name = $"{target.Name.ToLowerInvariant()}-{scenario.Name}" }));
        return mapScenarios.Concat(classScenarios).ToList();
    }

    public static IEnumerable<string> Describe(IReadOnlyList<MapTarget> targets, IReadOnlyList<Scenario> scenarios)
    {
        foreach (var target in targets.Where(target => target.Class is not null))
        {
            var model = target.Class!.Model;
            yield return $"{target.Name}: operations {string.Join(", ", model.Operations.Select(operation => operation.Signature))}";
            foreach (var skipped in model.Skipped)
            {
                yield return $"{target.Name}: {skipped}";
            }

            var coverage = ClassCoverage.Of(model, scenarios.Where(scenario => OracleExpectations.For(scenario, target).Expectation != Expectation.NotApplicable));
            yield return
                $"{target.Name}: {coverage.Pairs.Count(pair => pair.KeyAbsent)} of {coverage.Pairs.Count} operation pairs run in parallel with the key absent, " +
                $"{coverage.Pairs.Count(pair => pair.KeyPresent)} with it present; {coverage.HandOuts.Count} hand-out/operation combinations";
        }
    }
}
