using StressMaps.Harness.Files;
using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Status;

namespace StressMaps.Harness.Sessions.Workers;

/// <summary>
/// The worker side of <c>run --type ...</c>: plans the run from its typed plan (this runs the user's code:
/// constructors, a first write) and explores what the parent left, through <see cref="WatchedCells"/>.
/// </summary>
public static class UserRunWorker
{
    /// <summary>Runs <paramref name="request"/>; the parent reads the events <paramref name="answer"/> sends.</summary>
    public static void Run(UserRunRequest request, Action<UserRunEvent> answer, CancellationToken cancellation)
    {
        try
        {
            var (planned, notes) = UserRunPlanner.Plan(request.Plan, request.Drop);
            WatchedCells.Explore(planned, notes, request.Skip, answer, cancellation);
        }
        catch (Exception error) when (error is BadInputException or OutputFolderException)
        {
            answer(new UserRunEvent(UserRunEvent.Rejected, Text: error.Message));
        }
        finally
        {
            WorkerPhase.Enter(WorkerPhaseKind.Idle);
        }
    }
}
