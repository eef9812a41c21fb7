using StressMaps.Harness.Measuring.Comparison;

namespace StressMaps.Tests.Measuring.Comparison;

public class TrialSummaryTests
{
    [Fact]
    public void MedianAndP95AreNearestRanksOverEveryTrial()
    {
        var trials = Enumerable.Range(1, 20).Select(n => new Trial(true, n, n / 10.0)).ToList();

        var summary = TrialSummary.Of("exploration", "portfolio", "iterations", trials);

        Assert.Equal((20, 10.0, 19.0), (summary.Detected, summary.MedianToFirstBug, summary.P95ToFirstBug));
        Assert.Equal(1.0, summary.MedianSecondsToFirstBug);
    }

    [Fact]
    public void APercentileThatLandsOnATrialThatFoundNothingIsNotReached()
    {
        var trials = new[] { new Trial(true, 3, 0.1), new Trial(false, 100, 1), new Trial(false, 100, 1) };

        var summary = TrialSummary.Of("stress", null, "runs", trials);

        Assert.Equal(1, summary.Detected);
        Assert.Null(summary.MedianToFirstBug);
        Assert.Null(summary.P95ToFirstBug);
        Assert.Equal([3], summary.ToFirstBug);
        Assert.Equal(203, summary.TotalAttempts);
    }
}
