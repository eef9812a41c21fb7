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
            Assert.Equal("DPOR with source sets and sleep sets", lockedCell.Proof.Search);
            Assert.Contains("proved (DPOR with source sets and sleep sets,", File.ReadAllText(Path.Combine(output, "junit.xml")));

            // The bug the reduction found replays in plain Coyote: no reducer is installed on replay.
            var replay = CliProcess.Run("replay", Path.Combine(output, unsafeCell.Bundle!));
            Assert.Contains("The bug reproduces 1/1", replay.Output);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Fact]
    public void WithoutTheReductionAnExhaustiveRunProvesTheCellByDepthFirstSearchOverMoreSchedules()
    {
        var output = Path.Combine(Path.GetTempPath(), $"stressmaps-test-{Guid.NewGuid():N}");
        try
        {
            var plain = CliProcess.Run("run", "--exhaustive", "--reduction", "none", "-c", "aliased-snapshot", "-m", "locked", "-o", output);
            var dfsCell = RunDocumentJson.Deserialize(File.ReadAllText(Path.Combine(output, "run.json"))).Cells[0];
            var reduced = CliProcess.Run("run", "--exhaustive", "-c", "aliased-snapshot", "-m", "locked", "-o", output);
            var dporCell = RunDocumentJson.Deserialize(File.ReadAllText(Path.Combine(output, "run.json"))).Cells[0];

            Assert.True(plain.ExitCode == 0, plain.Output + plain.Error);
            Assert.True(reduced.ExitCode == 0, reduced.Output + reduced.Error);
            Assert.Equal((VerdictKind.Proved, "dfs"), (dfsCell.Verdict, dfsCell.Proof!.Search));
            Assert.Equal((VerdictKind.Proved, "DPOR with source sets and sleep sets"), (dporCell.Verdict, dporCell.Proof!.Search));
            Assert.True(dporCell.Schedules < dfsCell.Schedules, $"DPOR {dporCell.Schedules}, DFS {dfsCell.Schedules}");
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
