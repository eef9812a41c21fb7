using StressMaps.Harness.Measuring.Comparison;

namespace StressMaps.Tests.Measuring.Comparison;

public class TimeToBugRatioTests
{
    private static readonly TrialSummary Exploration =
        TrialSummary.Of("exploration", "portfolio", "iterations", [new(true, 1, 0.01), new(true, 3, 0.03), new(false, 100, 0.96)]);

    [Fact]
    public void RatioIsStressSecondsPerFoundBugOverExplorations()
    {
        var stress = TrialSummary.Of("stress", null, "runs", [new(true, 10, 0.2), new(false, 900, 0.5), new(true, 40, 0.3)]);

        var ratio = TimeToBugRatio.Of(Exploration, stress)!;

        Assert.Equal(0.5, ratio.ExplorationSecondsPerBug, 9);
        Assert.Equal(0.5, ratio.StressSecondsPerBug, 9);
        Assert.Equal(1.0, ratio.Ratio, 9);
        Assert.False(ratio.IsLowerBound);
    }

    [Fact]
    public void StressThatFoundNothingGivesALowerBoundOverAllItsTime()
    {
        var stress = TrialSummary.Of("stress", null, "runs", [new(false, 900, 1.0), new(false, 900, 1.0)]);

        var ratio = TimeToBugRatio.Of(Exploration, stress)!;

        Assert.True(ratio.IsLowerBound);
        Assert.Equal(4.0, ratio.Ratio, 9);
        Assert.Equal("≥ 4.0×", ratio.ToString());
    }

    [Fact]
    public void NoRatioWhenExplorationFoundNothing()
    {
        var none = TrialSummary.Of("exploration", "portfolio", "iterations", [new(false, 100, 1.0)]);

        Assert.Null(TimeToBugRatio.Of(none, Exploration));
    }

    [Fact]
    public void SummaryGivesTheMedianAndTheSmallestCell()
    {
        ComparisonCell Cell(string map, Trial stress) => new()
        {
            Scenario = "lost-update",
            Map = map,
            Reason = "",
            CellSeed = 1,
            Exploration = [Exploration],
            Stress = TrialSummary.Of("stress", null, "runs", [stress]),
        };

        var summary = TimeToBugSummary.Of([Cell("a", new Trial(true, 1, 5.0)), Cell("b", new Trial(true, 1, 1.5)), Cell("c", new Trial(false, 1, 20.0))])!;

        Assert.Equal(10.0, summary.Median, 9);
        Assert.Equal(3.0, summary.Smallest, 9);
        Assert.Equal("lost-update × b", summary.SmallestCell);
    }
}
