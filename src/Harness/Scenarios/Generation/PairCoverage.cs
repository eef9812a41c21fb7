using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Scenarios;

namespace StressMaps.Harness.Scenarios.Generation;

/// <summary>One pair of operations and whether some explored scenario ran them in parallel, with the shared key absent and present.</summary>
/// <param name="First">An operation's name.</param>
/// <param name="Second">The other's (the same for an operation run against itself).</param>
/// <param name="KeyAbsent">Whether a scenario without setup ran them in parallel.</param>
/// <param name="KeyPresent">Whether a scenario whose setup made the key present ran them in parallel.</param>
public sealed record PairCoverage(string First, string Second, bool KeyAbsent, bool KeyPresent);

/// <summary>One hand-out and an operation another task called while the receiving task went on using what it got.</summary>
/// <param name="HandOut">The operation that handed something out.</param>
/// <param name="Then">The operation called meanwhile.</param>
public sealed record HandOutCoverage(string HandOut, string Then);

/// <summary>
/// What a set of scenarios covers of a class's operations, read from the scenarios themselves (so a run
/// narrowed by <c>--scenarios</c> reports what it really ran): every pair in parallel, and every operation after a hand-out.
/// </summary>
/// <param name="Pairs">Every unordered pair of operations (with itself too), in model order.</param>
/// <param name="HandOuts">The hand-out/operation combinations run.</param>
public sealed record ClassCoverage(IReadOnlyList<PairCoverage> Pairs, IReadOnlyList<HandOutCoverage> HandOuts)
{
    /// <summary>Whether every pair ran in parallel with the key absent and, where the class has a setup call, present.</summary>
    public bool AllPairs(bool presentPossible) => Pairs.All(pair => pair.KeyAbsent && (pair.KeyPresent || !presentPossible));

    /// <summary>The coverage of <paramref name="model"/>'s operations by <paramref name="scenarios"/>.</summary>
    public static ClassCoverage Of(OperationModel model, IEnumerable<Scenario> scenarios)
    {
        var names = model.Operations.Select(operation => operation.Name).ToList();
        var absent = new HashSet<(string, string)>();
        var present = new HashSet<(string, string)>();
        var handOuts = new HashSet<HandOutCoverage>();
        foreach (var scenario in scenarios)
        {
            var into = scenario.Setup.Count == 0 ? absent : present;
            for (var i = 0; i < scenario.Tasks.Count; i++)
            {
                for (var j = 0; j < scenario.Tasks.Count; j++)
                {
                    if (i == j)
                    {
                        continue;
                    }

                    foreach (var a in CallsOf(scenario.Tasks[i]))
                    {
                        foreach (var b in CallsOf(scenario.Tasks[j]))
                        {
                            into.Add(names.IndexOf(a) <= names.IndexOf(b) ? (a, b) : (b, a));
                        }
                    }

                    foreach (var handOut in HandOutsUsed(model, scenario.Tasks[i]))
                    {
                        handOuts.UnionWith(CallsOf(scenario.Tasks[j]).Select(other => new HandOutCoverage(handOut, other)));
                    }
                }
            }
        }

        var pairs = new List<PairCoverage>();
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = i; j < names.Count; j++)
            {
                pairs.Add(new PairCoverage(names[i], names[j], absent.Contains((names[i], names[j])), present.Contains((names[i], names[j]))));
            }
        }

        return new ClassCoverage(pairs, handOuts.OrderBy(item => item.HandOut, StringComparer.Ordinal).ThenBy(item => item.Then, StringComparer.Ordinal).ToList());
    }

    private static IEnumerable<string> CallsOf(IReadOnlyList<ScenarioOperation> task) =>
        task.Where(step => step.Kind == OperationKind.Call && step.Member is not null).Select(step => step.Member!).Distinct();

    // A hand-out counts when the task goes on using what it got after the call.
    private static IEnumerable<string> HandOutsUsed(OperationModel model, IReadOnlyList<ScenarioOperation> task) =>
        task.Select((step, index) => (step, index))
            .Where(item => item.step.Kind == OperationKind.Call && model.Find(item.step.Member ?? "") is { HandOut: not HandOutKind.None }
                && task.Skip(item.index + 1).Any(next => next.Kind != OperationKind.Call))
            .Select(item => item.step.Member!)
            .Distinct();
}
