using StressMaps.Harness.Scenarios;

namespace StressMaps.Harness.Scenarios.Generation;

/// <summary>
/// Draws small random scenarios, as Lincheck does: 2 or 3 tasks of 1 to 3 calls each, an optional
/// sequential prefix, over a key space of three keys, from the operations a target offers. The same
/// seed gives the same scenarios, so a generated bug reproduces by name and seed.
/// </summary>
public static class ScenarioGenerator
{
    /// <summary>How many scenarios a run over a user's type generates when the user asks for no number.</summary>
    public const int DefaultCount = 12;

    private static readonly string[] Keys = ["a", "b", "c"];

    /// <summary>
    /// <paramref name="count"/> scenarios named <c>generated-1</c>.. drawn from <paramref name="seed"/>
    /// over <paramref name="offered"/>.
    /// </summary>
    public static IReadOnlyList<Scenario> Generate(int count, uint seed, IReadOnlyList<OperationKind> offered)
    {
        var random = new Random(unchecked((int)seed));
        var scenarios = new List<Scenario>(count);
        for (var n = 1; n <= count; n++)
        {
            var prefix = Enumerable.Range(0, random.Next(0, 3))
                .Select(_ => ScenarioOperation.Set(Keys[random.Next(Keys.Length)], random.Next(1, 4)))
                .ToList();
            var tasks = Enumerable.Range(0, random.Next(2, 4))
                .Select(_ => (IReadOnlyList<ScenarioOperation>)Enumerable.Range(0, random.Next(1, 4))
                    .Select(_ => Draw(random, offered))
                    .ToList())
                .ToList();
            scenarios.Add(new Scenario(
                $"generated-{n}",
                $"random scenario {n} of seed {seed}",
                prefix,
                tasks));
        }

        return scenarios;
    }

    private static ScenarioOperation Draw(Random random, IReadOnlyList<OperationKind> offered)
    {
        var kind = offered[random.Next(offered.Count)];
        var key = Keys[random.Next(Keys.Length)];
        var value = random.Next(1, 4);
        return kind switch
        {
            OperationKind.Set => ScenarioOperation.Set(key, value),
            OperationKind.Add => ScenarioOperation.Add(key, value),
            OperationKind.Count => ScenarioOperation.Count(),
            OperationKind.Enumerate => ScenarioOperation.Enumerate(),
            _ => new ScenarioOperation(kind, key),
        };
    }
}
