using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Exploration.Execution;

/// <summary>One schedule of a concurrent test: the method once, then every task it started and never awaited, checked.</summary>
public static class ConcurrentTestRunner
{
    /// <summary>
    /// Runs <paramref name="test"/> once. An exception out of it fails the schedule as Coyote reports any
    /// unhandled exception; a task it started, never awaited, that crashed fails it too.
    /// </summary>
    public static async Task RunAsync(ConcurrentTest test)
    {
        UnawaitedTaskCheck.Begin();
        StressMaps.Frames.TaskStacks.Current?.EnterTestMethod();
        // On the status board as a call is: a watchdog names a schedule that never ends as a hang in the test.
        var slot = Status.StatusBoard.Begin(test.FullName);
        try
        {
            await test.Invoke();
            await UnawaitedTaskCheck.AssertNoneCrashedAsync();
        }
        finally
        {
            Status.StatusBoard.End(slot);
        }
    }
}
