using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Scenarios;

namespace StressMaps.Harness.Scenarios.Generation;

/// <summary>
/// Random scenarios over a target class, as Lincheck draws them: 2 or 3 tasks of 1 to 3 calls, arguments
/// from the small domains, an optional sequential prefix of calls that write; a task handed something
/// sometimes goes on using it. The same seed gives the same scenarios.
/// </summary>
public static class RandomScenarios
{
    /// <summary><paramref name="count"/> scenarios named <c>random-1</c>.. drawn from <paramref name="seed"/>.</summary>
    public static IReadOnlyList<Scenario> Draw(OperationModel model, DomainOptions domains, int count, uint seed)
    {
        var random = new Random(unchecked((int)seed));
        var writers = model.Operations.Where(operation => operation.MayWrite && operation.HandOut == HandOutKind.None).ToList();
        var scenarios = new List<Scenario>(count);
        for (var n = 1; n <= count; n++)
        {
            var prefix = writers.Count == 0
                ? []
                : Enumerable.Range(0, random.Next(0, 3)).Select(_ => Call(random, writers[random.Next(writers.Count)])).ToList();
            var tasks = Enumerable.Range(0, random.Next(2, 4))
                .Select(_ => (IReadOnlyList<ScenarioOperation>)Task(random, model, domains))
                .ToList();
            scenarios.Add(new Scenario($"random-{n}", $"random scenario {n} of seed {seed}", prefix, tasks));
        }

        return scenarios;
    }

    private static List<ScenarioOperation> Task(Random random, OperationModel model, DomainOptions domains)
    {
        var steps = new List<ScenarioOperation>();
        var length = random.Next(1, 4);
        while (steps.Count < length)
        {
            var operation = model.Operations[random.Next(model.Operations.Count)];
            steps.Add(Call(random, operation));
            if (operation.HandOut != HandOutKind.None && random.Next(2) == 0)
            {
                var uses = ReceivedSteps.After(operation, domains);
                steps.Add(uses[random.Next(uses.Count)]);
            }
        }

        return steps;
    }

    private static ScenarioOperation Call(Random random, TargetOperation operation) =>
        ScenarioOperation.Call(operation.Name, operation.Domains.Select(domain => domain[random.Next(domain.Count)]).ToArray());
}
