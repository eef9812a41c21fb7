using Microsoft.Coyote.Runtime;
using Microsoft.Coyote.Specifications;
using StressMaps.Frames;
using StressMaps.Harness.Exploration.Bugs;
using StressMaps.Harness.Exploration.Execution;
using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Oracles.Linearizability;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Oracles;

/// <summary>
/// Runs one scenario once on a fresh instance of a target class: the setup, the concurrent tasks (each
/// keeping what it is handed), then the linearizability oracle against the class run one call at a time.
/// Crashes (an exception that is not a call's answer, a data race Coyote sees) fail the schedule as they happen.
/// </summary>
public static class ClassScenarioRunner
{
    /// <summary>Runs <paramref name="scenario"/> on a fresh instance of <paramref name="target"/>, marking calls in <paramref name="inFlight"/>.</summary>
    public static async Task RunAsync(Scenario scenario, ClassTarget target, CallsInFlight? inFlight = null, ScheduleJournal? journal = null)
    {
        var instance = target.CreateInstance();
        var recorder = new HistoryRecorder(scenario.Tasks.Count);
        // A class with async members awaits each call in its task; any other runs as it always has, with no await in between.
        var setup = new ClassCaller(new TargetClient(target.Model, instance), recorder.ForTask(0), inFlight, 0, journal);
        if (target.Model.HasAsync)
        {
            await setup.RunAsync(scenario.Setup);
        }
        else
        {
            setup.Run(scenario.Setup);
        }

        var tasks = new Task[scenario.Tasks.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            var steps = scenario.Tasks[i];
            var caller = new ClassCaller(new TargetClient(target.Model, instance), recorder.ForTask(i + 1), inFlight, i + 1, journal);
            var number = i + 1;
            tasks[i] = target.Model.HasAsync
                ? Task.Run(async () =>
                {
                    TaskStacks.EnterTask(number);
                    await caller.RunAsync(steps);
                })
                : Task.Run(() =>
                {
                    TaskStacks.EnterTask(number);
                    caller.Run(steps);
                });
        }

        // An array, not the span overload: Coyote controls Task.WhenAll(Task[]) only.
        await Task.WhenAll(tasks);

        var history = recorder.History;
        if (history.Count > LinearizabilityChecker.MaxOperations)
        {
            return;
        }

        // The sequential runs call the user's code on fresh instances, one call at a time: their locks and field
        // accesses are not schedule choices, and must not count against the step bound.
        SchedulingPoint.Suppress();
        var verdict = LinearizabilityChecker.Check(history, new SequentialRunSpecification(target));
        SchedulingPoint.Resume();
        if (!verdict.IsLinearizable)
        {
            BugNotes.Note(new Bug(BugKind.NotLinearizable) { Subject = target.Type.Name, Unplaced = verdict.Unplaced(history) });
        }

        // The message goes through string.Format: pass it as an argument, since answers print braces.
        Specification.Assert(verdict.IsLinearizable, "{0}", verdict.Explanation);
    }
}
