using StressMaps.Harness.Bundles;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Files;
using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Sessions;

/// <summary>
/// Bundles the schedules of killed cells that a dead worker journaled (<see cref="KilledSchedule"/>), in the next
/// worker, as found: shrinking would run the schedule again, and each try would end a worker.
/// </summary>
public static class KilledCellBundles
{
    /// <summary>Writes the bundle of each of <paramref name="killed"/>, explored under <paramref name="optionsFor"/> as the run explores its cells.</summary>
    public static void Write(RunRequest request, IEnumerable<KilledSchedule> killed, Func<Target, ExplorationOptions> optionsFor, Action<UserRunEvent> emit)
    {
        foreach (var schedule in killed)
        {
            var id = new CellId(schedule.Scenario, schedule.Map);
            var cell = WatchedBundling.CellOf(request, schedule.Scenario, schedule.Map);
            var options = optionsFor(cell.Target);
            WatchedBundling.Announce(schedule.Cell, emit);
            var bundle = KilledScheduleBundle.Create(schedule.Cell, cell.Scenario, cell.Target, options.WithSeed(CellSeeds.For(options.Seed, id)),
                schedule.Steps, schedule.Kill, schedule.Bug, schedule.Message, schedule.Detail);
            BugBundleJson.Write(OutputFolder.BundlePath(request.Output.Path, schedule.Cell), bundle);
            WatchedBundling.Written(schedule.Cell, $" (the schedule up to the kill, {schedule.Steps.Count} steps, as found)", emit);
        }
    }
}
