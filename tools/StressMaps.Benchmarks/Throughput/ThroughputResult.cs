using System.Diagnostics;

namespace StressMaps.Benchmarks.Throughput;

/// <summary>What one throughput cell measured.</summary>
/// <param name="Subject">The map measured (a variant name, or <c>dictionary</c> for the baseline).</param>
/// <param name="Mix">The read/write mix.</param>
/// <param name="Threads">Threads hammering the map at once.</param>
/// <param name="Operations">Operations completed by all threads together.</param>
/// <param name="Elapsed">Wall-clock time of the measured phase.</param>
/// <param name="Latency">Sampled latencies of single operations, in Stopwatch ticks.</param>
public sealed record ThroughputResult(
    string Subject, ReadWriteMix Mix, int Threads, long Operations, TimeSpan Elapsed, LatencyHistogram Latency)
{
    /// <summary>Operations a second, all threads together.</summary>
    public double OperationsPerSecond => Elapsed > TimeSpan.Zero ? Operations / Elapsed.TotalSeconds : 0;

    /// <summary>Median latency of one operation, in nanoseconds.</summary>
    public double P50Nanoseconds => TicksToNanoseconds(Latency.Percentile(50));

    /// <summary>99th percentile latency of one operation, in nanoseconds.</summary>
    public double P99Nanoseconds => TicksToNanoseconds(Latency.Percentile(99));

    /// <summary>Converts Stopwatch ticks to nanoseconds.</summary>
    public static double TicksToNanoseconds(long ticks) => ticks * 1e9 / Stopwatch.Frequency;
}
