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

    /// <summary>
    /// For each task of the last scenario <see cref="Shrink"/> returned, its number (1-based) in the scenario as found:
    /// <c>[1, 3]</c> when task 2 was dropped. Reports that print the bug as found beside the shrunk bundle's frames
    /// number tasks by it, so the frames' task is the history table's.
    /// </summary>
    public IReadOnlyList<int> TasksAsFound { get; private set; } = [];

    /// <summary>The smallest scenario reached from <paramref name="scenario"/> that still shows the bug.</summary>
    public Scenario Shrink(Scenario scenario)
    {
        var current = scenario;
        IReadOnlyList<int> asFound = Enumerable.Range(1, scenario.Tasks.Count).ToList();
        while (Candidates(current).FirstOrDefault(candidate => StillFails(candidate.Scenario)) is { Scenario: not null } smaller)
        {
            current = smaller.Scenario;
            asFound = smaller.KeptTasks.Select(task => asFound[task]).ToList();
        }

        TasksAsFound = asFound;
        return current;
    }

    /// <summary>Every scenario one or two removals smaller: single removals first (setup, tasks, operations), then pairs.</summary>
    public static IEnumerable<Scenario> Smaller(Scenario scenario) => Candidates(scenario).Select(candidate => candidate.Scenario);

    // Each candidate with the tasks of scenario it kept (0-based), in order.
    private static IEnumerable<(Scenario Scenario, IReadOnlyList<int> KeptTasks)> Candidates(Scenario scenario)
    {
        var slots = Slots(scenario);
        foreach (var slot in slots)
        {
            yield return Without(scenario, [slot]);
        }

        for (var task = 0; task < scenario.Tasks.Count && scenario.Tasks.Count > 1; task++)
        {
            var dropped = task;
            var kept = Enumerable.Range(0, scenario.Tasks.Count).Where(i => i != dropped).ToList();
            yield return (scenario with { Tasks = kept.Select(i => scenario.Tasks[i]).ToList() }, kept);
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

    // A task whose every operation is removed goes with them.
    private static (Scenario Scenario, IReadOnlyList<int> KeptTasks) Without(Scenario scenario, IReadOnlyList<(int Task, int Operation)> removed)
    {
        var tasks = scenario.Tasks
            .Select((ops, task) => (Task: task, Ops: (IReadOnlyList<ScenarioOperation>)ops.Where((_, i) => !removed.Contains((task, i))).ToList()))
            .Where(task => task.Ops.Count > 0)
            .ToList();
        return (scenario with
        {
            Setup = scenario.Setup.Where((_, i) => !removed.Contains((-1, i))).ToList(),
            Tasks = tasks.Select(task => task.Ops).ToList(),
        }, tasks.Select(task => task.Task).ToList());
    }
}
