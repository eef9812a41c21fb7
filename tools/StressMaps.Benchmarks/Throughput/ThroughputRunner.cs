using System.Diagnostics;
using StressMaps.Benchmarks.Single;

namespace StressMaps.Benchmarks.Throughput;

/// <summary>
/// Hammers one map from several threads for a fixed time and counts the operations. BenchmarkDotNet
/// measures one thread; this measures what contention costs. Every thread starts behind one barrier,
/// runs random keys of the 1,000-entry map in the given mix, and times one operation in
/// <see cref="SampleEvery"/> into its own histogram, so the clock does not dominate what it measures.
/// </summary>
public sealed class ThroughputRunner(TimeSpan warmup, TimeSpan duration)
{
    /// <summary>One operation in this many is timed.</summary>
    public const int SampleEvery = 64;

    /// <summary>Measures <paramref name="subject"/> with <paramref name="threads"/> threads in <paramref name="mix"/>.</summary>
    public ThroughputResult Run(string subject, ReadWriteMix mix, int threads)
    {
        var keys = BenchmarkData.PresentKeys;
        if (subject == ThroughputTargets.Baseline)
        {
            if (threads != 1)
            {
                throw new ArgumentException("a raw Dictionary is not thread-safe: its baseline runs on one thread", nameof(threads));
            }

            var dictionary = keys.ToDictionary(key => key, key => key.Length);
            return Measure(subject, mix, threads, new DictionaryAccess(dictionary));
        }

        return Measure(subject, mix, threads, new VariantAccess(ThroughputTargets.CreateFilled(subject, keys)));
    }

    /// <summary>
    /// The latency of reading the clock twice back to back (median, nanoseconds): the floor under
    /// every sampled latency, printed beside them.
    /// </summary>
    public static double TimerFloorNanoseconds()
    {
        var histogram = new LatencyHistogram();
        for (var i = 0; i < 100_000; i++)
        {
            var start = Stopwatch.GetTimestamp();
            histogram.Record(Stopwatch.GetTimestamp() - start);
        }

        return ThroughputResult.TicksToNanoseconds(histogram.Percentile(50));
    }

    private ThroughputResult Measure<TAccess>(string subject, ReadWriteMix mix, int threads, TAccess map)
        where TAccess : struct, IMapAccess
    {
        // The warm-up lets the JIT reach its optimised tier and the map's internals settle.
        RunPhase(mix, threads, map, warmup);
        var (operations, elapsed, latency) = RunPhase(mix, threads, map, duration);
        return new ThroughputResult(subject, mix, threads, operations, elapsed, latency);
    }

    private static (long Operations, TimeSpan Elapsed, LatencyHistogram Latency) RunPhase<TAccess>(
        ReadWriteMix mix, int threads, TAccess map, TimeSpan length)
        where TAccess : struct, IMapAccess
    {
        var stop = new StopFlag();
        var start = new Barrier(threads + 1);
        var workers = new Worker<TAccess>[threads];
        var running = new Thread[threads];
        for (var i = 0; i < threads; i++)
        {
            var worker = workers[i] = new Worker<TAccess>(map, mix.ReadPercent, seed: 0x5EED + (ulong)i * 0x9E3779B97F4A7C15UL, stop, start);
            running[i] = new Thread(worker.Run) { IsBackground = true, Name = $"throughput-{i}" };
            running[i].Start();
        }

        start.SignalAndWait();
        var began = Stopwatch.GetTimestamp();
        Thread.Sleep(length);
        Volatile.Write(ref stop.IsSet, true);
        foreach (var thread in running)
        {
            thread.Join();
        }

        var elapsed = Stopwatch.GetElapsedTime(began);
        var latency = new LatencyHistogram();
        long operations = 0;
        foreach (var worker in workers)
        {
            latency.Add(worker.Latency);
            operations += worker.Operations;
        }

        return (operations, elapsed, latency);
    }

    private sealed class StopFlag
    {
        public bool IsSet;
    }

    private sealed class Worker<TAccess>(TAccess map, int readPercent, ulong seed, StopFlag stop, Barrier start)
        where TAccess : struct, IMapAccess
    {
        private ulong _state = seed | 1;

        public LatencyHistogram Latency { get; } = new();

        public long Operations { get; private set; }

        public void Run()
        {
            var keys = BenchmarkData.PresentKeys;
            long operations = 0;
            start.SignalAndWait();
            while (!Volatile.Read(ref stop.IsSet))
            {
                for (var i = 1; i < SampleEvery; i++)
                {
                    Operate(keys);
                }

                var before = Stopwatch.GetTimestamp();
                Operate(keys);
                Latency.Record(Stopwatch.GetTimestamp() - before);
                operations += SampleEvery;
            }

            Operations = operations;
        }

        private void Operate(string[] keys)
        {
            var random = Next();
            var key = keys[(int)(((random & 0xFFFFFFFF) * (ulong)keys.Length) >> 32)];
            if ((int)((random >> 32) % 100) < readPercent)
            {
                map.TryGet(key, out _);
            }
            else
            {
                map.Set(key, (int)random);
            }
        }

        // xorshift64*: a few cycles, no shared state, so the generator does not become the bottleneck.
        private ulong Next()
        {
            _state ^= _state >> 12;
            _state ^= _state << 25;
            _state ^= _state >> 27;
            return _state * 0x2545F4914F6CDD1DUL;
        }
    }
}
