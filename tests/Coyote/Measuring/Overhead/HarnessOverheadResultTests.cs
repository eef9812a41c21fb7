using StressMaps.Harness.Measuring.Overhead;

namespace StressMaps.Tests.Measuring.Overhead;

public class HarnessOverheadResultTests
{
    [Fact]
    public void TheRatioIsBareOverHarnessMedianIterationsPerSecond()
    {
        var result = new HarnessOverheadResult("cell", "portfolio", 1, 500, [400, 1000, 380], [460, 440, 900, 450]);

        Assert.Equal(400, result.HarnessMedian);
        Assert.Equal(455, result.BareMedian);
        Assert.Equal(455.0 / 400, result.Ratio, precision: 10);
        Assert.True(result.MeetsTarget);
    }

    [Fact]
    public void AHarnessMoreThanFifteenPercentSlowerMissesTheTarget()
    {
        var result = new HarnessOverheadResult("cell", "portfolio", 1, 500, [100], [116]);

        Assert.False(result.MeetsTarget);
    }
}
