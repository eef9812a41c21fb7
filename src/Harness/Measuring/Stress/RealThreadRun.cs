using System.Globalization;
using StressMaps.Harness.Exploration.Execution;
using StressMaps.Harness.Scenarios;
using StressMaps.Maps;

namespace StressMaps.Harness.Measuring.Stress;

/// <summary>
/// Runs a scenario once on real threads, with no Coyote control: one dedicated thread per task
/// (<see cref="TaskThreads"/>), released together by a start gate so that their operations really overlap.
/// </summary>
/// <remarks>
/// A run that outlives its timeout is abandoned, not joined:
/// a corrupted <see cref="Dictionary{TKey, TValue}"/> can loop forever, and a hang must not hang the tool.
/// The final check also runs on a task thread under the timeout, because reading a corrupted map can loop too.
/// </remarks>
public static class RealThreadRun
{
    /// <summary>
    /// Runs <paramref name="scenario"/> on a fresh <paramref name="map"/> with <paramref name="threads"/>
    /// (one per task) and says how it ended. After a hang, <paramref name="threads"/> cannot be used again.
    /// </summary>
    public static StressRunResult Execute(Scenario scenario, IMap<string, int> map, TaskThreads threads, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        new ClientCaller(map).Run(scenario.Setup);

        var work = scenario.Tasks.Select(operations => (Action)(() => new ClientCaller(map).Run(operations))).ToList();
        if (threads.Run(work, deadline) is not { } errors)
        {
            return new StressRunResult(StressFailureKind.Hang, $"the tasks did not finish within {Describe(timeout)}");
        }

        if (errors.FirstOrDefault(error => error is not null) is { } thrown)
        {
            return new StressRunResult(StressFailureKind.Exception, $"{thrown.GetType().FullName}: {thrown.Message}");
        }

        return scenario.Check is { } check ? Check(map, check, threads, deadline, timeout) : StressRunResult.Passed;
    }

    private static StressRunResult Check(IMap<string, int> map, FinalCheck check, TaskThreads threads, DateTime deadline, TimeSpan timeout)
    {
        string? found = null;
        var errors = threads.Run([() => found = map.TryGetValue(check.Key, out var value) ? value.ToString(CultureInfo.InvariantCulture) : "absent"], deadline);
        if (errors is null)
        {
            return new StressRunResult(StressFailureKind.Hang, $"the final check did not finish within {Describe(timeout)}");
        }

        if (errors[0] is { } error)
        {
            return new StressRunResult(StressFailureKind.Exception, $"{error.GetType().FullName}: {error.Message}");
        }

        return found == check.Expected.ToString(CultureInfo.InvariantCulture)
            ? StressRunResult.Passed
            : new StressRunResult(StressFailureKind.WrongFinalState, $"Final check failed: expected {check}, found {found}.");
    }

    private static TimeSpan Remaining(DateTime deadline)
    {
        var left = deadline - DateTime.UtcNow;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private static string Describe(TimeSpan timeout) =>
        timeout.TotalSeconds >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{timeout.TotalSeconds:0.##} s")
            : string.Create(CultureInfo.InvariantCulture, $"{timeout.TotalMilliseconds:0} ms");
}
