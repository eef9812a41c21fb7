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

    /// <summary>
    /// Bundles the cell named <paramref name="cell"/>: <paramref name="write"/> writes the file and returns what the
    /// note adds after its link (null: no bundle was written, no note).
    /// </summary>
    public static void Write(string cell, Action<UserRunEvent> emit, Func<string?> write)
    {
        WorkerPhase.Enter(WorkerPhaseKind.Shrinking, cell);
        emit(new UserRunEvent(UserRunEvent.Bundled, Bundle: OutputFolder.BundleLink(cell), CellName: cell));
        if (write() is { } said)
        {
            emit(new UserRunEvent(UserRunEvent.Note, Text: $"        bundle {OutputFolder.BundleLink(cell)}{said}"));
        }
    }
}
