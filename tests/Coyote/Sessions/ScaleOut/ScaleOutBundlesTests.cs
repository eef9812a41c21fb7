using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Sessions.ScaleOut;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Tests.Sessions.ScaleOut;

public class ScaleOutBundlesTests
{
    [Fact]
    public void EachCellWithABugGetsOneBundleFromTheSliceWhoseBugCameFirst()
    {
        var chosen = ScaleOutBundles.Chosen([UserCells.Record("a", 0, VerdictKind.Bug, 9), UserCells.Record("a", 2, VerdictKind.Bug, 4), UserCells.Record("a", 4, VerdictKind.Safe, null), UserCells.Record("b", 1, VerdictKind.Bug, 7)]);

        Assert.Equal([("a", 2), ("b", 1)], chosen.Select(record => (record.Scenario, record.Slice ?? -1)));
    }

    [Fact]
    public void ABugWithoutATraceHasNothingToBundle()
    {
        Assert.Empty(ScaleOutBundles.Chosen([UserCells.Record("a", 0, VerdictKind.Bug, 3) with { Trace = null }]));
    }
}
