using Microsoft.Coyote.Specifications;
using StressMaps.Controlled;
using StressMaps.Harness.Exploration.Bugs;

namespace StressMaps.Harness.Exploration.Execution;

/// <summary>
/// Fails the schedule when a task the target started and nobody awaited crashed: such an exception
/// reaches no caller, so without this every schedule would pass. Tasks are remembered from
/// <see cref="Begin"/> on, through the pass's stand-in for <c>Task.Run</c>.
/// </summary>
public static class UnawaitedTaskCheck
{
    /// <summary>Starts remembering the tasks this schedule starts.</summary>
    public static void Begin() => UnawaitedTasks.Begin();

    /// <summary>Waits for every remembered task, then fails the schedule on the first crash nobody observed.</summary>
    public static async Task AssertNoneCrashedAsync()
    {
        if (await UnawaitedTasks.FirstUnobservedFaultAsync() is { } fault)
        {
            BugNotes.Note(new Bug(BugKind.Crash) { ExceptionType = fault.Error.GetType().FullName });
            // As an argument: the message goes through string.Format.
            Specification.Assert(false, "{0}", fault.Describe());
        }
    }
}
