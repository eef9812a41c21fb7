using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Sessions.ScaleOut;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Tests.Sessions.ScaleOut;

public class RunMergerPlanOrderTests
{
    [Fact]
    public void MergedShardsOfCellsOutsideTheMatrixComeBackInThePlansOrder()
    {
        // A user's cells: no place in the built-in matrix; shard 1/2 held plan positions 0, 2, 4, shard 2/2 held 1, 3.
        RunDocument Shard(int index, params string[] scenarios) => UserCells.Document(index, scenarios.Select(scenario => UserCells.Record(scenario, null, VerdictKind.Safe, null)).ToList());

        var merged = RunMerger.Merge([Shard(2, "p1", "p3"), Shard(1, "p0", "p2", "p4")]);

        Assert.Equal(["p0", "p1", "p2", "p3", "p4"], merged.Cells.Select(cell => cell.Scenario));
    }

    [Fact]
    public void APreCheckEveryShardRowedIsKeptOnce()
    {
        var preCheck = UserCells.Record("pre-check", null, VerdictKind.Hang, null);

        var merged = RunMerger.Merge([UserCells.Document(1, [preCheck, UserCells.Record("p0", null, VerdictKind.Safe, null)]), UserCells.Document(2, [preCheck])]);

        Assert.Equal(["pre-check", "p0"], merged.Cells.Select(cell => cell.Scenario));
    }
}
