using StressMaps.Harness.Files;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Status;

namespace StressMaps.Harness.Sessions;

/// <summary>
/// What every bundle a watched worker writes goes through: its cell found in the run, the parent told before
/// the file is written (a worker killed while shrinking leaves the bundle as found, still linked), and a note
/// once it is written.
/// </summary>
public static class WatchedBundling
{
    /// <summary>The cell of <paramref name="request"/> named by <paramref name="scenario"/> and <paramref name="target"/>, judged as the run judges it.</summary>
    public static Cell CellOf(RunRequest request, string scenario, string target) => Cell.Judged(
        request.Scenarios.First(candidate => candidate.Name == scenario),
        request.Targets.First(candidate => candidate.Name == target));

    /// <summary>Tells the parent the bundle of <paramref name="cell"/> is being written, before it is: a worker killed while shrinking leaves it as found, still linked.</summary>
    public static void Announce(string cell, Action<UserRunEvent> emit)
    {
        WorkerPhase.Enter(WorkerPhaseKind.Shrinking, cell);
        emit(new UserRunEvent(UserRunEvent.Bundled, Bundle: OutputFolder.BundleLink(cell), CellName: cell));
    }

    /// <summary>The note that the bundle of <paramref name="cell"/> is written; <paramref name="said"/> follows its link.</summary>
    public static void Written(string cell, string said, Action<UserRunEvent> emit) =>
        emit(new UserRunEvent(UserRunEvent.Note, Text: $"        bundle {OutputFolder.BundleLink(cell)}{said}"));
}
