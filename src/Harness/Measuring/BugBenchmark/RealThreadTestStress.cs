using System.Diagnostics;
using System.Reflection;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Measuring.BugBenchmark;

/// <summary>
/// Real-thread stress of a test method, as a team without StressMaps would run its flaky test: call it again and
/// again on the thread pool until it throws, or does not return within a hang limit (a deadlock or a lost wakeup),
/// or the budget runs out. It runs the assembly as built, without Coyote, so a task nobody awaited that crashed
/// goes unseen, as it does in such a loop.
/// </summary>
public static class RealThreadTestStress
{
    /// <summary>How long one call may take before it counts as a hang.</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(1);

    /// <summary>Calls <paramref name="method"/> until it fails or <paramref name="budget"/> is spent.</summary>
    public static BugAttempt Run(MethodInfo method, TimeSpan budget)
    {
        var invoke = ConcurrentTest.InvokerOf(method, out var why) ?? throw new ArgumentException($"{method.Name} {why}", nameof(method));
        var stopwatch = Stopwatch.StartNew();
        var runs = 0;
        while (stopwatch.Elapsed < budget)
        {
            runs++;
            var run = Task.Run(invoke);
            try
            {
                if (!run.Wait(HangLimit))
                {
                    // Left running: its threads wait forever, which is the bug.
                    return new BugAttempt(true, runs, stopwatch.Elapsed.TotalSeconds, $"no return within {HangLimit.TotalSeconds:0} s (a deadlock or a lost wakeup)", null);
                }
            }
            catch (AggregateException error)
            {
                var inner = error.InnerException ?? error;
                return new BugAttempt(true, runs, stopwatch.Elapsed.TotalSeconds, $"{inner.GetType().FullName}: {inner.Message}", null);
            }
        }

        return new BugAttempt(false, runs, stopwatch.Elapsed.TotalSeconds, null, null);
    }
}
