using Microsoft.Coyote.Runtime;
using StressMaps.Maps;

namespace StressMaps.Harness.Measuring.Overhead;

/// <summary>
/// Scenarios written by hand as a Coyote user would write a test: no scenario data, no callers, no
/// catalog. The baseline the harness's overhead is measured against, so each one makes exactly the
/// calls and scheduling points the harness makes for the same scenario and map.
/// </summary>
public static class BareScenarios
{
    /// <summary>
    /// <c>writer-vs-reader</c> on the locked map, as <see cref="Exploration.Execution.ScenarioRunner"/> and
    /// <see cref="Exploration.Execution.ClientCaller"/> run it: a scheduling point between two operations and
    /// one per enumerated entry.
    /// </summary>
    public static async Task WriterVersusReaderOnLockedMap()
    {
        var map = new LockedMap<string, int>();
        map.Set("a", 1);

        var writer = Task.Run(() =>
        {
            map.Set("b", 2);
            SchedulingPoint.Interleave();
            map.Set("c", 3);
        });
        var reader = Task.Run(() =>
        {
            var handedOut = map.Snapshot();
            SchedulingPoint.Interleave();
            handedOut.TryGetValue("a", out _);
            SchedulingPoint.Interleave();
            foreach (var _ in handedOut)
            {
                SchedulingPoint.Interleave();
            }
        });

        await Task.WhenAll(new[] { writer, reader });
    }
}
