using Microsoft.Coyote.Specifications;
using StressMaps.Frames;
using StressMaps.Harness.Exploration.Bugs;
using StressMaps.Harness.Exploration.Execution;
using StressMaps.Harness.Oracles.Contracts;
using StressMaps.Harness.Oracles.Linearizability;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Maps;

namespace StressMaps.Harness.Oracles;

/// <summary>
/// Runs one scenario once on a fresh instance of a target and judges it by the target's contract:
/// crashes and the final check as <see cref="ScenarioRunner"/> does, then the contract monitor
/// (not-thread-safe, single-writer) during the run, or linearizability of the history (thread-safe) after it.
/// </summary>
public static class OracleScenarioRunner
{
    /// <summary>
    /// Runs <paramref name="scenario"/> on a fresh instance of <paramref name="target"/>, recording into
    /// <paramref name="journal"/> which task ran which operation.
    /// </summary>
    /// <remarks>
    /// Exploration journals too, though nothing reads it: with field-level interleaving every field the
    /// journal touches is a scheduling point, so a journaled replay keeps to the explored schedule only when
    /// the exploration journaled alike.
    /// </remarks>
    public static async Task RunAsync(Scenario scenario, Target target, ScheduleJournal journal)
    {
        UnawaitedTaskCheck.Begin();
        var map = target.Create();
        var recorder = new HistoryRecorder(scenario.Tasks.Count);
        var monitor = target.Contract == ThreadSafetyContract.ThreadSafe
            ? null
            : new ContractMonitor(target.Contract, target.Name, scenario.Tasks.Count);
        IMap<string, int> ViewOf(int task) => monitor is null ? map : new ContractCheckedMap(map, monitor, task);

        new ClientCaller(ViewOf(0), recorder.ForTask(0), journal).Run(scenario.Setup);
        var tasks = new Task[scenario.Tasks.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            var operations = scenario.Tasks[i];
            var view = ViewOf(i + 1);
            var observer = recorder.ForTask(i + 1);
            var index = i;
            tasks[i] = Task.Run(() =>
            {
                TaskStacks.EnterTask(index + 1);
                new ClientCaller(view, observer, journal, index).Run(operations);
            });
        }

        // An array, not the span overload: Coyote controls Task.WhenAll(Task[]) only.
        await Task.WhenAll(tasks);
        await UnawaitedTaskCheck.AssertNoneCrashedAsync();

        ScenarioRunner.AssertFinalCheck(scenario, map);
        if (monitor is null)
        {
            var history = recorder.History;
            if (LinearizabilityChecker.CanCheck(history))
            {
                var verdict = LinearizabilityChecker.Check(history);
                if (!verdict.IsLinearizable)
                {
                    BugNotes.Note(new Bug(BugKind.NotLinearizable) { Subject = target.Name, Unplaced = verdict.Unplaced(history) });
                }

                // The message goes through string.Format: pass it as an argument, since a map state prints braces.
                Specification.Assert(verdict.IsLinearizable, "{0}", verdict.Explanation);
            }
        }
    }
}
