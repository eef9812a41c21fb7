using Microsoft.Coyote.Specifications;
using StressMaps.Harness.Scenarios;
using StressMaps.Maps;

namespace StressMaps.Harness.Execution;

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
        new ClientCaller(map, journal).Run(scenario.Setup);

        var tasks = new Task[scenario.Tasks.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            var operations = scenario.Tasks[i];
            var index = i;
            tasks[i] = Task.Run(() => new ClientCaller(map, journal, index).Run(operations));
        }

        // An array, not the span overload: Coyote controls Task.WhenAll(Task[]) only.
        await Task.WhenAll(tasks);

        if (scenario.Check is { } check)
        {
            var found = map.TryGetValue(check.Key, out var value) ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "absent";
            Specification.Assert(found == check.Expected.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"Final check failed: expected {check}, found {found}.");
        }
    }
}
