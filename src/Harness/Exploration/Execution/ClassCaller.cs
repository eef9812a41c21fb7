using Microsoft.Coyote.Runtime;
using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Scenarios;
using StressMaps.Status;

namespace StressMaps.Harness.Exploration.Execution;

/// <summary>
/// One concurrent caller of a target class, as <see cref="ClientCaller"/> is of a map: runs its steps in order
/// with a scheduling point between two, tells the observer (the history) each call and answer, marks which
/// call it is in, and records into the journal when there is one.
/// </summary>
/// <param name="client">Makes the calls and keeps what the target handed out.</param>
/// <param name="observer">Hears each call and answer, or null.</param>
/// <param name="inFlight">Where to mark the call this task is in, or null.</param>
/// <param name="task">This caller's task: 0 for the setup, 1.. for the concurrent tasks.</param>
/// <param name="journal">Where to record what this caller runs (the setup as task -1), or null.</param>
public sealed class ClassCaller(
    TargetClient client, IOperationObserver? observer = null, CallsInFlight? inFlight = null, int task = 0, ScheduleJournal? journal = null)
{
    /// <summary>Runs <paramref name="steps"/> in order, with a scheduling point between two calls.</summary>
    public void Run(IReadOnlyList<ScenarioOperation> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (i > 0)
            {
                SchedulingPoint.Interleave();
            }

            Execute(i, steps[i]);
        }
    }

    private void Execute(int index, ScenarioOperation step)
    {
        var token = observer?.Called(step) ?? 0;
        inFlight?.Begin(task, step.ToString(), step.Kind == OperationKind.Call ? null : client.ReceivedFrom);
        journal?.Add(new JournalEntry(task - 1, index, JournalPhase.Begin, step.ToString()));
        CallAnswer answer;
        // The status board (not rewritten, so no scheduling point) names this call if it never returns.
        var slot = StatusBoard.Begin(step);
        try
        {
            answer = client.Execute(step);
        }
        catch (Exception error) when (journal is not null)
        {
            journal.AddFailure(task - 1, index, error);
            throw;
        }
        finally
        {
            StatusBoard.End(slot);
        }

        inFlight?.End(task);
        journal?.Add(new JournalEntry(task - 1, index, JournalPhase.End, answer.Text));
        observer?.Returned(token, answer);
    }
}
