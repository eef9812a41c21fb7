using Microsoft.Coyote.Specifications;
using StressMaps.Frames;
using StressMaps.Harness.Exploration.Bugs;
using StressMaps.Harness.Scenarios;
using StressMaps.Maps;

namespace StressMaps.Harness.Exploration.Execution;

/// <summary>Runs one scenario once against a fresh map: setup, concurrent tasks, final check.</summary>
public static class ScenarioRunner
{
    /// <summary>
    /// Runs <paramref name="scenario"/> on <paramref name="map"/>. Every task is awaited, so an
    /// exception in any of them fails the run; a failed final check fails it through Coyote's assert.
    /// </summary>
    public static Task RunAsync(Scenario scenario, IMap<string, int> map) => RunAsync(scenario, map, journal: null);

    /// <summary>
    /// Runs <paramref name="scenario"/> on <paramref name="map"/>, recording into <paramref name="journal"/>
    /// which task ran which operation (the setup as task -1).
    /// </summary>
    public static async Task RunAsync(Scenario scenario, IMap<string, int> map, ScheduleJournal? journal)
    {
        UnawaitedTaskCheck.Begin();
        new ClientCaller(map, journal: journal).Run(scenario.Setup);

        var tasks = new Task[scenario.Tasks.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            var operations = scenario.Tasks[i];
            var index = i;
            tasks[i] = Task.Run(() =>
            {
                TaskStacks.EnterTask(index + 1);
                new ClientCaller(map, journal: journal, task: index).Run(operations);
            });
        }

        // An array, not the span overload: Coyote controls Task.WhenAll(Task[]) only.
        await Task.WhenAll(tasks);

        // Every task is joined and the built-in maps start none of their own: the checks below run alone.
        StepNotes.AllTasksJoined();
        await UnawaitedTaskCheck.AssertNoneCrashedAsync();

        AssertFinalCheck(scenario, map);
    }

    /// <summary>Fails the run through Coyote's assert when <paramref name="scenario"/>'s final check does not hold on <paramref name="map"/>.</summary>
    public static void AssertFinalCheck(Scenario scenario, IMap<string, int> map)
    {
        if (scenario.Check is { } check)
        {
            object found = map.TryGetValue(check.Key, out var value) ? value : "absent";
            var holds = found is int stored && stored == check.Expected;
            if (!holds)
            {
                BugNotes.Note(new Bug(BugKind.FinalCheck) { Subject = check.Key });
            }

            Specification.Assert(holds, "Final check failed: expected {0}, found {1}.", check, found);
        }
    }
}
