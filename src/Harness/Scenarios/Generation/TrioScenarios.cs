using StressMaps.Harness.Targets.Operations;

namespace StressMaps.Harness.Scenarios.Generation;

/// <summary>
/// Every pair of a large class's operations in parallel on the shared key, packed three tasks to a scenario by a
/// <see cref="PairCoveringDesign"/>, once with the key absent and once present: the pairs
/// <see cref="ClassScenarioGenerator.Pairs"/> covers one to a scenario, in about a third of the scenarios.
/// </summary>
public static class TrioScenarios
{
    /// <summary>The packed pair scenarios of <paramref name="model"/>.</summary>
    public static IReadOnlyList<Scenario> Of(OperationModel model)
    {
        var present = ClassScenarioGenerator.PresentSetup(model);
        var operations = model.Operations;
        var scenarios = new List<Scenario>();
        foreach (var (a, b, c) in PairCoveringDesign.Triples(operations.Count))
        {
            var trio = new[] { operations[a], operations[b], operations[c] };
            IReadOnlyList<IReadOnlyList<ScenarioOperation>> tasks = trio.Select((operation, task) => (IReadOnlyList<ScenarioOperation>)[CallArguments.OnSharedKey(operation, task + 1)]).ToList();
            var name = $"trio-{string.Join('-', trio.Select(operation => ClassScenarioGenerator.Slug(operation.Name)))}";
            var what = $"{trio[0].Name}, {trio[1].Name} and {trio[2].Name} in parallel on one key";
            scenarios.Add(new Scenario($"{name}-absent", $"{what}, from a fresh instance", [], tasks));
            if (present is not null)
            {
                scenarios.Add(new Scenario($"{name}-present", $"{what}, after {present} made it present", [present], tasks));
            }
        }

        return scenarios;
    }
}
