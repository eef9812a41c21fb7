using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Tests.Cli;

public class ExhaustiveRunCommandTests
{
    [Fact]
    public void AnExhaustiveRunProvesTheSafeCellWritesTheBugsBundleAndExitsZero()
    {
        var output = Path.Combine(Path.GetTempPath(), $"stressmaps-test-{Guid.NewGuid():N}");
        try
        {
            var result = CliProcess.Run("run", "--exhaustive", "-c", "aliased-snapshot", "-m", "unsafe,locked", "--no-shrink", "-o", output);

            Assert.True(result.ExitCode == 0, result.Output + result.Error);
            Assert.Contains("proved ✓", result.Output);
            Assert.Contains("Exhaustive:", result.Output);
            var run = RunDocumentJson.Deserialize(File.ReadAllText(Path.Combine(output, "run.json")));
            var (unsafeCell, lockedCell) = (run.Cells[0], run.Cells[1]);
            Assert.Equal((VerdictKind.Bug, false), (unsafeCell.Verdict, unsafeCell.Exhaustive));
            Assert.True(File.Exists(Path.Combine(output, unsafeCell.Bundle!)));
            Assert.Equal((VerdictKind.Proved, true, "exhausted"), (lockedCell.Verdict, lockedCell.Exhaustive, lockedCell.Proof!.End));
            Assert.True(lockedCell.Schedules > 0);
            Assert.Equal("aliased-snapshot", lockedCell.Proof.Scope.Scenario);
            Assert.Contains("proved: all", File.ReadAllText(Path.Combine(output, "junit.xml")));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
