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

            var token = Begin(i, steps[i]);
            End(i, token, Call(i, steps[i]));
        }
    }

    /// <summary>Runs <paramref name="steps"/> as <see cref="Run"/> does, awaiting each asynchronous call in this task before the next.</summary>
    public async Task RunAsync(IReadOnlyList<ScenarioOperation> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (i > 0)
            {
                SchedulingPoint.Interleave();
            }

            var token = Begin(i, steps[i]);
            End(i, token, await CallAsync(i, steps[i]));
        }
    }

    private int Begin(int index, ScenarioOperation step)
    {
        var token = observer?.Called(step) ?? 0;
        inFlight?.Begin(task, step.ToString(), step.Kind == OperationKind.Call ? null : client.ReceivedFrom);
        journal?.Add(new JournalEntry(task - 1, index, JournalPhase.Begin, step.ToString()));
        return token;
    }

    // No delegate shared with CallAsync: the harness is rewritten with field-level interleaving, and a closure's
    // fields would add scheduling points to every synchronous call.
    private CallAnswer Call(int index, ScenarioOperation step)
    {
        // The status board (not rewritten, so no scheduling point) names this call if it never returns.
        var slot = StatusBoard.Begin(step);
        try
        {
            return client.Execute(step);
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
    }

    private async Task<CallAnswer> CallAsync(int index, ScenarioOperation step)
    {
        var slot = StatusBoard.Begin(step);
        try
        {
            return await client.ExecuteAsync(step);
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
    }

    private void End(int index, int token, CallAnswer answer)
    {
        inFlight?.End(task);
        journal?.Add(new JournalEntry(task - 1, index, JournalPhase.End, answer.Text));
        observer?.Returned(token, answer);
    }
}
