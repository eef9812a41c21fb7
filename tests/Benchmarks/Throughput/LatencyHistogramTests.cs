using StressMaps.Benchmarks.Throughput;

namespace StressMaps.Tests.Benchmarks.Throughput;

public class LatencyHistogramTests
{
    [Fact]
    public void SmallValuesGiveExactNearestRankPercentiles()
    {
        var histogram = new LatencyHistogram();
        for (var value = 60; value >= 1; value--)
        {
            histogram.Record(value);
        }

        Assert.Equal(60, histogram.Count);
        Assert.Equal(30, histogram.Percentile(50));
        Assert.Equal(60, histogram.Percentile(99));
        Assert.Equal(1, histogram.Percentile(1));
    }

    [Fact]
    public void OneSlowOperationInAHundredIsThe100thPercentileNotThe99th()
    {
        var histogram = new LatencyHistogram();
        for (var i = 0; i < 99; i++)
        {
            histogram.Record(10);
        }

        histogram.Record(1000);

        Assert.Equal(10, histogram.Percentile(50));
        Assert.Equal(10, histogram.Percentile(99));
        Assert.Equal(992, histogram.Percentile(100));
    }

    [Theory]
    [InlineData(64)]
    [InlineData(100)]
    [InlineData(1000)]
    [InlineData(123_456)]
    [InlineData(987_654_321_000)]
    public void LargeValuesReadBackAtMostOneThirtySecondLow(long value)
    {
        var histogram = new LatencyHistogram();
        histogram.Record(value);

        var read = histogram.Percentile(100);

        Assert.InRange(read, value - value / 32, value);
    }

    [Fact]
    public void AddMergesTheCountsOfAnotherThread()
    {
        var first = new LatencyHistogram();
        var second = new LatencyHistogram();
        first.Record(5);
        first.Record(5);
        second.Record(40);
        second.Record(40);
        second.Record(40);

        first.Add(second);

        Assert.Equal(5, first.Count);
        Assert.Equal(5, first.Percentile(40));
        Assert.Equal(40, first.Percentile(41));
    }

    [Fact]
    public void AnEmptyHistogramReportsZero() => Assert.Equal(0, new LatencyHistogram().Percentile(99));

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void APercentileOutsideZeroToHundredIsRefused(double percent) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LatencyHistogram().Percentile(percent));
}
