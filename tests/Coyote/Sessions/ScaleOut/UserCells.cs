using StressMaps.Harness.Files;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Tests.Sessions.ScaleOut;

/// <summary>Records of a run over a user's type (cells with no place in the built-in matrix), and shard files of them.</summary>
public static class UserCells
{
    public static RunDocument Document(int shard, IReadOnlyList<CellRecord> cells) => new()
    {
        ToolVersion = "test",
        CoyoteVersion = "test",
        StartedAt = DateTimeOffset.UnixEpoch,
        ElapsedSeconds = 1,
        Machine = new MachineRecord(2, "test", "test"),
        Options = new OptionsRecord("portfolio", 100, 1, 2000, null),
        Cells = cells,
        Shard = $"{shard}/2",
    };

    public static CellRecord Record(string scenario, int? slice, VerdictKind verdict, int? firstBug) => new()
    {
        Scenario = scenario,
        Map = "MyMap<string,int>",
        Expectation = "safe-expected",
        Reason = "thread-safe by contract",
        Verdict = verdict,
        Matches = verdict != VerdictKind.Bug,
        Options = new OptionsRecord("portfolio", 100, 1, 2000, null),
        IterationsExplored = 100,
        FirstBugIteration = firstBug,
        ElapsedSeconds = 1,
        IterationsPerSecond = 100,
        Trace = verdict == VerdictKind.Bug ? $"trace of {scenario} slice {slice}" : null,
        Slice = slice,
        Slices = slice is null ? null : 5,
    };
}
