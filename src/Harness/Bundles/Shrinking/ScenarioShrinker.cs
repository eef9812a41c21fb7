using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;

namespace StressMaps.Harness.Bundles.Shrinking;

/// <summary>
/// Shrinks a scenario as Lincheck does: drop one operation or task, then pairs, keeping a candidate
/// while exploring it still finds the same bug and running its tasks one after another does not. Every
/// candidate is judged as <paramref name="cell"/> is.
/// </summary>
public sealed class ScenarioShrinker(Cell cell, string signature, ShrinkOptions options, CancellationToken cancellation)
{
    /// <summary>Candidates explored so far.</summary>
    public int Tried { get; private set; }

    /// <summary>The smallest scenario reached from <paramref name="scenario"/> that still shows the bug.</summary>
    public Scenario Shrink(Scenario scenario)
    {
        var current = scenario;
        while (Smaller(current).FirstOrDefault(StillFails) is { } smaller)
        {
            current = smaller;
        }

        return current;
    }

    /// <summary>Every scenario one or two removals smaller: single removals first (setup, tasks, operations), then pairs.</summary>
    public static IEnumerable<Scenario> Smaller(Scenario scenario)
    {
        var slots = Slots(scenario);
        foreach (var slot in slots)
        {
            yield return Without(scenario, [slot]);
        }

        for (var task = 0; task < scenario.Tasks.Count && scenario.Tasks.Count > 1; task++)
        {
            yield return scenario with { Tasks = scenario.Tasks.Where((_, i) => i != task).ToList() };
        }

        var taskSlots = slots.Where(slot => slot.Task >= 0).ToList();
        for (var i = 0; i < taskSlots.Count; i++)
        {
            for (var j = i + 1; j < taskSlots.Count; j++)
            {
                yield return Without(scenario, [taskSlots[i], taskSlots[j]]);
            }
        }
    }

    private bool StillFails(Scenario candidate)
    {
        cancellation.ThrowIfCancellationRequested();
        if (!ScenarioRules.IsWellFormed(candidate) || (candidate.NeedsAtomicUpdate && !cell.Target.OffersAtomicUpdate))
        {
            return false;
        }

        Tried++;
        var seed = CellSeeds.Nth(options.Seed, Tried);
        var explored = CellRunner.Run(
            cell.With(candidate), CoyoteConfigurations.ForBoundedPrioritization(options.Exploring(options.CandidateIterations, seed), options.MaxBound));
        return explored.BugFound && BugSignature.Of(explored.Bug) == signature && PassesSerially(candidate);
    }

    // A bug that also happens with the tasks run one after another is no concurrency bug: dropping
    // one of two increments makes the final check fail without any race.
    private bool PassesSerially(Scenario candidate)
    {
        var serial = candidate with { Tasks = [candidate.Tasks.SelectMany(task => task).ToList()] };
        var run = CellRunner.Run(cell.With(serial), CoyoteConfigurations.ForExploration(options.Exploring(1, options.Seed, StrategyName.Random)));
        return !run.BugFound;
    }

    private static List<(int Task, int Operation)> Slots(Scenario scenario)
    {
        var slots = scenario.Setup.Select((_, i) => (-1, i)).ToList();
        for (var task = 0; task < scenario.Tasks.Count; task++)
        {
            slots.AddRange(scenario.Tasks[task].Select((_, i) => (task, i)));
        }

        return slots;
    }

    private static Scenario Without(Scenario scenario, IReadOnlyList<(int Task, int Operation)> removed) => scenario with
    {
        Setup = scenario.Setup.Where((_, i) => !removed.Contains((-1, i))).ToList(),
        Tasks = scenario.Tasks
            .Select((ops, task) => (IReadOnlyList<ScenarioOperation>)ops.Where((_, i) => !removed.Contains((task, i))).ToList())
            .Where(ops => ops.Count > 0)
            .ToList(),
    };
}
