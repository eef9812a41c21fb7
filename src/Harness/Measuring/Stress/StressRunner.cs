using System.Diagnostics;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Measuring.Stress;

/// <summary>Stress-tests a cell: the scenario again and again on real threads, counting how runs fail.</summary>
public static class StressRunner
{
    /// <summary>
    /// Runs <paramref name="scenario"/> on fresh instances of <paramref name="target"/> until
    /// <paramref name="options"/>' run count or time budget is spent (or the first failure, when asked).
    /// Lock contention is measured with <paramref name="locks"/>, which the caller keeps alive across cells.
    /// </summary>
    public static StressOutcome RunCell(
        Scenario scenario,
        Target target,
        StressOptions options,
        LockWaitListener locks,
        CancellationToken cancellation = default)
    {
        PassThroughCheck.EnsureUncontrolled();
        var before = locks.Read();
        var stopwatch = Stopwatch.StartNew();
        var counts = new Dictionary<StressFailureKind, int>();
        int? firstFailingRun = null;
        StressRunResult? firstFailure = null;
        TimeSpan? timeToFirstFailure = null;
        var runs = 0;
        var threads = new TaskThreads(scenario.Tasks.Count, scenario.Name);
        while (runs < options.Runs && !(options.TimeBudget is { } budget && stopwatch.Elapsed >= budget))
        {
            cancellation.ThrowIfCancellationRequested();
            var result = RealThreadRun.Execute(scenario, target.Create(), threads, options.EffectiveRunTimeout);
            runs++;
            if (result.Failure == StressFailureKind.Hang)
            {
                threads = new TaskThreads(scenario.Tasks.Count, scenario.Name);
            }

            if (result.Failure is not { } kind)
            {
                continue;
            }

            counts[kind] = counts.GetValueOrDefault(kind) + 1;
            if (firstFailure is null)
            {
                firstFailingRun = runs;
                firstFailure = result;
                timeToFirstFailure = stopwatch.Elapsed;
            }

            if (options.StopAtFirstFailure)
            {
                break;
            }
        }

        stopwatch.Stop();
        threads.Dispose();
        var (contentions, waited) = locks.Measure(before);
        return new StressOutcome(
            runs,
            counts.GetValueOrDefault(StressFailureKind.Exception),
            counts.GetValueOrDefault(StressFailureKind.WrongFinalState),
            counts.GetValueOrDefault(StressFailureKind.Hang),
            firstFailingRun,
            firstFailure?.Failure,
            firstFailure?.Message,
            timeToFirstFailure,
            stopwatch.Elapsed,
            contentions,
            waited);
    }
}
