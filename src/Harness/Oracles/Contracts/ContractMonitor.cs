using System.Diagnostics;
using System.Text;
using Microsoft.Coyote.Runtime;
using Microsoft.Coyote.Specifications;
using StressMaps.Harness.Exploration.Bugs;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Oracles.Contracts;

/// <summary>
/// Watches the calls in flight on one target object and fails the run when two of them overlap in a
/// way the target's contract forbids, naming both calls, both tasks and both stacks (as Go's race
/// detector does).
/// </summary>
/// <remarks>
/// Code Coyote does not rewrite (<c>SortedDictionary</c>, <c>SortedList</c>) runs each call as one
/// indivisible step, so two calls never visibly overlap. The monitor brackets each call: it records the
/// call, yields a scheduling point (the moment a real thread could be preempted inside the call), runs
/// it, and clears it. Another task scheduled in that window whose call conflicts is caught at its start.
/// Each task has one slot, because a task makes one call at a time.
/// </remarks>
public sealed class ContractMonitor(ThreadSafetyContract contract, string targetName, int taskCount)
{
    private readonly CallInFlight?[] _inFlight = new CallInFlight?[taskCount + 1];

    /// <summary>The contract the monitor enforces.</summary>
    public ThreadSafetyContract Contract => contract;

    /// <summary>
    /// Runs <paramref name="call"/> for task <paramref name="task"/> inside a window in which it counts
    /// as in flight; fails the run at once if it conflicts with a call already in flight.
    /// </summary>
    public T Bracket<T>(int task, string description, bool isWrite, Func<T> call)
    {
        Enter(task, description, isWrite);
        try
        {
            return call();
        }
        finally
        {
            Leave(task);
        }
    }

    /// <summary>Marks a call of <paramref name="task"/> as started, checks it, and yields a scheduling point.</summary>
    public void Enter(int task, string description, bool isWrite)
    {
        var started = new CallInFlight(task, description, isWrite, StackOfCaller());
        for (var other = 0; other < _inFlight.Length; other++)
        {
            if (other != task && _inFlight[other] is { } running && ContractRules.Conflict(contract, running, started))
            {
                var (message, bug) = Violation(running, started);
                BugNotes.Note(bug);
                Specification.Assert(false, "{0}", message);
            }
        }

        _inFlight[task] = started;
        SchedulingPoint.Interleave();
    }

    /// <summary>Marks the call of <paramref name="task"/> as returned.</summary>
    public void Leave(int task) => _inFlight[task] = null;

    // Each field is read once, as before the bug was typed: with field-level interleaving a read is a scheduling point.
    private (string Message, Bug Bug) Violation(CallInFlight running, CallInFlight started)
    {
        var target = targetName;
        var bug = new Bug(BugKind.ContractViolation)
        {
            Subject = target,
            Tasks = [new BugTask(started.Task, started.Call), new BugTask(running.Task, running.Call)],
        };
        var text = new StringBuilder();
        text.Append($"Contract violation ({ContractNames.Of(contract)}): {started} overlaps {running} on {target}.");
        text.AppendLine();
        text.AppendLine($"  {started} started at:");
        text.AppendLine(started.Stack);
        text.AppendLine($"  {running} started earlier, still in flight, at:");
        text.Append(running.Stack);
        return (text.ToString(), bug);
    }

    private static string StackOfCaller()
    {
        // Method names only: file and line lookups read symbol files and would cost more than the call.
        var frames = new StackTrace(2, fNeedFileInfo: false).GetFrames()
            .Select(frame => frame.GetMethod())
            .Where(method => method?.DeclaringType is { } type && !IsMachinery(type.Namespace ?? ""))
            .Take(12)
            .Select(method => $"    at {method!.DeclaringType!.FullName}.{method.Name}");
        return string.Join(Environment.NewLine, frames);
    }

    private static bool IsMachinery(string ns) =>
        ns.StartsWith("Microsoft.Coyote", StringComparison.Ordinal)
        || ns.StartsWith("System.Threading", StringComparison.Ordinal)
        || ns.StartsWith("System.Runtime", StringComparison.Ordinal)
        || ns.StartsWith("StressMaps.Harness.Oracles.Contracts", StringComparison.Ordinal);
}
