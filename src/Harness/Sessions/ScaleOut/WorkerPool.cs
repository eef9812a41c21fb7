using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using StressMaps.Harness.Files;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Reports.RunFiles;

namespace StressMaps.Harness.Sessions.ScaleOut;

/// <summary>
/// Runs work units in worker processes (the tool started again in its hidden <c>worker</c> mode, which
/// serves <see cref="WorkerLoop"/>), fed one unit at a time over stdin so that a worker that finishes early
/// takes the next unit.
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
        var start = startWorker();
        (start.RedirectStandardInput, start.RedirectStandardOutput, start.RedirectStandardError, start.UseShellExecute) = (true, true, true, false);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start a worker process");
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            while (!cancellation.IsCancellationRequested && queue.TryDequeue(out var unit))
            {
                process.StandardInput.WriteLine(JsonSerializer.Serialize(WorkRequest.For(unit, options), DocumentJson.Line));
                process.StandardInput.Flush();
                var line = process.StandardOutput.ReadLine()
                    ?? throw new InvalidOperationException($"a worker process died exploring {unit.Cell} slice {unit.Slice}: {errors.Result.Trim()}");
                onRecord(JsonSerializer.Deserialize<CellRecord>(line, DocumentJson.Line)!);
            }
        }
        finally
        {
            process.StandardInput.Close();
            process.WaitForExit();
        }
    }
}
