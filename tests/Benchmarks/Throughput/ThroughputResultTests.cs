using System.Diagnostics;
using StressMaps.Benchmarks.Throughput;

namespace StressMaps.Tests.Benchmarks.Throughput;

public class ThroughputResultTests
{
    [Fact]
    public void OperationsPerSecondIsAllThreadsOperationsOverTheElapsedTime()
    {
        var result = new ThroughputResult("locked", ReadWriteMix.ReadMostly, 2, 3_000_000, TimeSpan.FromSeconds(1.5), new LatencyHistogram());

        Assert.Equal(2_000_000, result.OperationsPerSecond, precision: 6);
    }

    [Fact]
    public void LatencyPercentilesAreConvertedFromStopwatchTicksToNanoseconds()
    {
        var latency = new LatencyHistogram();
        latency.Record(Stopwatch.Frequency / 1_000_000); // one microsecond
        var result = new ThroughputResult("locked", ReadWriteMix.Balanced, 1, 1, TimeSpan.FromSeconds(1), latency);

        Assert.InRange(result.P50Nanoseconds, 1000 - 1000 / 32.0, 1000);
        Assert.Equal(1e9, ThroughputResult.TicksToNanoseconds(Stopwatch.Frequency), precision: 6);
    }

    [Fact]
    public void TheThreadCountsRunFromOneToTheCoreCountAndAlwaysIncludeTwo()
    {
        Assert.Equal([1, 2], ThroughputSuite.ThreadCounts(1));
        Assert.Equal([1, 2, 3, 4], ThroughputSuite.ThreadCounts(4));
    }
}
