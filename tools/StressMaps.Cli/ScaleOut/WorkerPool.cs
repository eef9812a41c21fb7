using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using StressMaps.Cli.Commands;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.RunFiles;
using StressMaps.Harness.ScaleOut;

namespace StressMaps.Cli.ScaleOut;

/// <summary>
/// Runs work units in worker processes: this same tool started again in its hidden <c>worker</c> mode,
/// fed one unit at a time over stdin so that a worker that finishes early takes the next unit.
/// </summary>
public static class WorkerPool
{
    /// <summary>
    /// Explores <paramref name="units"/> in <paramref name="workers"/> processes; <paramref name="onRecord"/>
    /// hears each record as it lands (from several threads, one at a time). Stops handing out units on
    /// cancellation and returns what finished.
    /// </summary>
    public static IReadOnlyList<CellRecord> Run(
        IReadOnlyList<WorkUnit> units,
        ExplorationOptions options,
        int workers,
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
                Feed(queue, options, record =>
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
    private static void Feed(ConcurrentQueue<WorkUnit> queue, ExplorationOptions options, Action<CellRecord> onRecord, CancellationToken cancellation)
    {
        using var process = Process.Start(WorkerProcess.StartInfo()) ?? throw new InvalidOperationException("could not start a worker process");
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            while (!cancellation.IsCancellationRequested && queue.TryDequeue(out var unit))
            {
                process.StandardInput.WriteLine(JsonSerializer.Serialize(WorkRequest.For(unit, options), WorkerCommand.LineJson));
                process.StandardInput.Flush();
                var line = process.StandardOutput.ReadLine()
                    ?? throw new InvalidOperationException($"a worker process died exploring {unit.CellName} slice {unit.Slice}: {errors.Result.Trim()}");
                onRecord(JsonSerializer.Deserialize<CellRecord>(line, WorkerCommand.LineJson)!);
            }
        }
        finally
        {
            process.StandardInput.Close();
            process.WaitForExit();
        }
    }
}
