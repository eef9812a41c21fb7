using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Harness.Verdicts;
using StressMaps.Tests.Targets.Loading;

namespace StressMaps.Tests.Cli;

/// <summary>
/// A member that never returns while it keeps taking steps (CreepingCountMap's Count) hangs in every cell that counts:
/// the first such cell waits the whole hang timeout, every later one only <see cref="RepeatedHangs.Timeout"/>.
/// </summary>
public class RepeatedHangCommandTests
{
    private const int HangTimeoutSeconds = 10;

    [Fact]
    public void TheSecondCellThatHangsInTheSameMemberIsKilledAfterTheShortTimeoutAndSaysWhy()
    {
        var output = Path.Combine(Path.GetTempPath(), $"stressmaps-repeated-{Guid.NewGuid():N}");
        var result = CliProcess.RunWith(KilledCellRunFixture.Cache,
            "run", "--assembly", TestMaps.AssemblyPath, "--type", "StressMaps.TestMaps.Hostile.CreepingCountMap`2",
            "-c", "count-after-adds,concurrent-reads", "-i", "20", "--generate", "0",
            "--hang-timeout", $"{HangTimeoutSeconds}", "-o", output);

        Assert.True(result.ExitCode == 2, result.Output + result.Error);
        var run = RunDocumentJson.Deserialize(File.ReadAllText(Path.Combine(output, "run.json")));
        var first = run.Cells.Single(cell => cell.Scenario == "count-after-adds");
        var second = run.Cells.Single(cell => cell.Scenario == "concurrent-reads");
        Assert.Equal(VerdictKind.Hang, first.Verdict);
        Assert.Equal(VerdictKind.Hang, second.Verdict);
        Assert.True(first.ElapsedSeconds >= HangTimeoutSeconds, $"first hang killed after {first.ElapsedSeconds} s");
        Assert.DoesNotContain("already hung", first.BugMessage);
        Assert.InRange(second.ElapsedSeconds, RepeatedHangs.Timeout.TotalSeconds, HangTimeoutSeconds - 1);
        Assert.Contains("for 3 s, and count already hung in an earlier cell of this run", second.BugMessage);
        Assert.EndsWith("while running count()", second.BugMessage);
        Assert.NotNull(second.Bundle);
    }
}
