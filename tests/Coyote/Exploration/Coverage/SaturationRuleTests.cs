using StressMaps.Frames;
using StressMaps.Harness.Exploration.Coverage;

namespace StressMaps.Tests.Exploration.Coverage;

public class SaturationRuleTests
{
    [Theory]
    [InlineData(0, 399, false)]
    [InlineData(0, 400, true)]
    [InlineData(5, 399, false)]
    [InlineData(5, 400, true)]
    [InlineData(320, 419, false)]
    [InlineData(320, 420, false)]
    [InlineData(320, 639, false)]
    [InlineData(320, 640, true)]
    [InlineData(400, 799, false)]
    [InlineData(400, 800, true)]
    public void ACellIsSaturatedAfterItsMinimumShareAHundredQuietSchedulesAndAsManyAsItsLastPairTook(int lastNewPairAt, int schedules, bool saturated)
    {
        var recorder = new CoverageRecorder();
        for (var schedule = 1; schedule <= schedules; schedule++)
        {
            recorder.BeginSchedule();
            if (schedule == lastNewPairAt)
            {
                recorder.Access("Map._count", "Map.Set", write: true, task: 1);
                recorder.Access("Map._count", "Map.Get", write: false, task: 2);
            }
        }

        Assert.Equal(saturated, SaturationRule.IsSaturated(recorder));
        Assert.Equal(saturated, SaturationRule.SchedulesToSaturation(recorder) == 0);
    }

    [Fact]
    public void TheCurveKeepsAFewPointsEndingAtTheLastSchedule()
    {
        var recorder = new CoverageRecorder();
        for (var schedule = 1; schedule <= 300; schedule++)
        {
            recorder.BeginSchedule();
            if (schedule <= 40)
            {
                recorder.Access("Map._count", $"Map.Set{schedule}", write: true, task: 1);
                recorder.Access("Map._count", "Map.Get", write: false, task: 2);
            }
        }

        var coverage = InterleavingCoverage.Of(recorder, saturated: true);

        Assert.Equal(40, coverage.Pairs);
        Assert.Equal(260, coverage.SchedulesSinceNewPair);
        Assert.InRange(coverage.Curve.Count, 3, InterleavingCoverage.CurvePoints + 2);
        Assert.Equal(new CoveragePoint(0, 0), coverage.Curve[0]);
        Assert.Equal(new CoveragePoint(300, 40), coverage.Curve[^1]);
        Assert.Contains(new CoveragePoint(40, 40), coverage.Curve);
    }
}
