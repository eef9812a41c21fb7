using StressMaps.Harness.Files;
using StressMaps.Harness.Reports.RunFiles;

namespace StressMaps.Tests.Cli;

public class ScaleOutCommandTests
{
    private static readonly string[] SmallMatrix = ["-c", "writer-vs-reader", "-m", "unsafe,locked", "-i", "20"];

    [Theory]
    [InlineData("--shard I/N needs 1 <= I <= N", "--shard", "3/2")]
    [InlineData("--shard must look like I/N", "--shard", "half")]
    [InlineData("--shard I/N needs 1 <= I <= N", "--shard", "0/2")]
    [InlineData("--parallel must be a whole number from 1 to 64", "--parallel", "0")]
    [InlineData("--parallel must be a whole number from 1 to 64", "--parallel", "65")]
    [InlineData("--slices must be a whole number", "--slices", "0")]
    public void BadScaleOutInputIsOneLineAndExitsOne(string expected, params string[] arguments)
    {
        var result = CliProcess.Run(["run", .. arguments]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void MergedShardsAndAParallelRunGiveTheUnshardedRunsVerdicts()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"stressmaps-scaleout-{Guid.NewGuid():N}");
        try
        {
            var unsharded = RunAndRead(folder, "whole", []);
            var parallel = RunAndRead(folder, "parallel", ["--parallel", "2"]);
            RunAndRead(folder, "shard1", ["--shard", "1/2"]);
            RunAndRead(folder, "shard2", ["--shard", "2/2"]);

            var merge = CliProcess.Run("merge", Path.Combine(folder, "shard2", "run.json"), Path.Combine(folder, "shard1", "run.json"), "-o", Path.Combine(folder, "merged"));

            Assert.True(merge.ExitCode == 0, merge.Output + merge.Error);
            Assert.Contains("verdict matrix", merge.Output);
            var merged = RunDocumentJson.Deserialize(File.ReadAllText(Path.Combine(folder, "merged", "run.json")));
            Assert.Equal(unsharded.Cells.Select(Verdict), merged.Cells.Select(Verdict));
            Assert.Equal(unsharded.Cells.Select(Verdict), parallel.Cells.Select(Verdict));
            Assert.Equal(2, parallel.Workers);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void MergeWithAShardMissingIsOneLineAndExitsOne()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"stressmaps-merge-{Guid.NewGuid():N}");
        try
        {
            var shard = Path.Combine(folder, "shard1.json");
            RunDocumentJson.Write(shard, new RunDocument
            {
                ToolVersion = "test",
                CoyoteVersion = "test",
                StartedAt = DateTimeOffset.UnixEpoch,
                ElapsedSeconds = 1,
                Machine = new MachineRecord(2, "test", "test"),
                Options = new OptionsRecord("portfolio", 20, 1, 2000, null),
                Cells = [],
                Shard = "1/3",
            });

            var merge = CliProcess.Run("merge", shard, "-o", Path.Combine(folder, "merged"));

            Assert.Equal(1, merge.ExitCode);
            Assert.Contains("2/3, 3/3 missing", Assert.Single(merge.ErrorLines));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static RunDocument RunAndRead(string folder, string name, string[] extra)
    {
        var output = Path.Combine(folder, name);
        var result = CliProcess.Run(["run", .. SmallMatrix, .. extra, "-o", output]);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        return RunDocumentJson.Deserialize(File.ReadAllText(Path.Combine(output, "run.json")));
    }

    private static object Verdict(CellRecord cell) =>
        (cell.Scenario, cell.Map, cell.Verdict, cell.Matches, cell.IterationsExplored, cell.FirstBugIteration, cell.Options.Seed);
}
