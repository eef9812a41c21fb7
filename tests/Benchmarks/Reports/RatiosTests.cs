using StressMaps.Benchmarks.Reports;

namespace StressMaps.Tests.Benchmarks.Reports;

public class RatiosTests
{
    private static readonly OperationCost[] Costs =
    [
        new("dictionary", "get-hit", 10.0, 0),
        new("locked", "get-hit", 13.9, 0),
        new("frozen", "set", 5.0, 0),
    ];

    [Fact]
    public void TimeRatioIsTheSubjectsTimeOverTheRawDictionarys() =>
        Assert.Equal(1.39, Ratios.TimeRatio(Costs, "locked", "get-hit")!.Value, precision: 10);

    [Fact]
    public void TimeRatioIsNullWhenTheBaselineOrTheSubjectWasNotMeasured()
    {
        Assert.Null(Ratios.TimeRatio(Costs, "frozen", "set"));
        Assert.Null(Ratios.TimeRatio(Costs, "concurrent", "get-hit"));
    }

    [Fact]
    public void ThroughputRatioIsOperationsPerSecondOverTheBaselines()
    {
        Assert.Equal(1.5, Ratios.ThroughputRatio(30e6, 20e6)!.Value, precision: 10);
        Assert.Null(Ratios.ThroughputRatio(30e6, null));
        Assert.Null(Ratios.ThroughputRatio(30e6, 0));
    }

    [Theory]
    [InlineData("GetHit", "get-hit")]
    [InlineData("GetMiss", "get-miss")]
    [InlineData("Set", "set")]
    [InlineData("Snapshot", "snapshot")]
    public void BenchmarkMethodNamesBecomeTableNames(string method, string expected) =>
        Assert.Equal(expected, Operations.FromMethodName(method));
}
