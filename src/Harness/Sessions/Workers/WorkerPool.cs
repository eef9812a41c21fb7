using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using StressMaps.Harness.Files;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Sessions.ScaleOut;

namespace StressMaps.Harness.Sessions.Workers;

/// <summary>
/// Runs work units of the built-in matrix in <see cref="WorkerProcess"/>es, fed one unit at a time over
/// stdin so that a worker that finishes early takes the next unit.
/// </summary>
public static class WorkerPool
{
    /// <summary>
    /// Explores <paramref name="units"/> in <paramref name="workers"/> processes, each started by
    /// <paramref name="startWorker"/>; <paramref name="onRecord"/>
    /// hears each record as it lands (from several threads, one at a time). Stops handing out units on
    /// cancellation and returns what finished.
    /// </summary>
    public static IReadOnlyList<CellRecord> Run(
        IReadOnlyList<WorkUnit> units,
        ExplorationOptions options,
        int workers,
        Func<ProcessStartInfo> startWorker,
        Action<CellRecord> onRecord,
        CancellationToken cancellation)
    {
        var queue = new ConcurrentQueue<WorkUnit>(units);
        var records = new ConcurrentBag<CellRecord>();
        var gate = new object();
        Exception? failure = null;
        var threads = Enumerable.Range(0, Math.Min(workers, units.Count)).Select(_ => new Thread(() =>
        {
            try
            {
                Feed(queue, options, startWorker, record =>
                {
                    records.Add(record);
                    lock (gate)
                    {
                        onRecord(record);
                    }
                }, cancellation);
            }
            catch (Exception error)
            {
                Interlocked.CompareExchange(ref failure, error, null);
            }
        })).ToList();

        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());
        return failure is null ? records.ToList() : throw new InvalidOperationException(failure.Message, failure);
    }

    // One worker process: takes units off the shared queue until it is empty, one request and one answer at a time.
    private static void Feed(ConcurrentQueue<WorkUnit> queue, ExplorationOptions options, Func<ProcessStartInfo> startWorker, Action<CellRecord> onRecord, CancellationToken cancellation)
    {
        using var worker = WorkerProcess.Start(startWorker, limits: null);
        while (!cancellation.IsCancellationRequested && queue.TryDequeue(out var unit))
        {
            worker.Send(JsonSerializer.Serialize(new WorkerRequest(Unit: WorkRequest.For(unit, options)), DocumentJson.Line));
            // Not cancelled mid-unit: the unit in progress lands, as in a one-process run.
            var (line, death) = worker.Next(CancellationToken.None);
            if (death is not null)
            {
                throw new InvalidOperationException($"a worker process died exploring {unit.Cell} slice {unit.Slice}: {death.Detail}");
            }

            onRecord(JsonSerializer.Deserialize<CellRecord>(line!, DocumentJson.Line)!);
        }
    }
}
