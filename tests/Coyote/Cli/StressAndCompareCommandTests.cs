using System.Text.Json;
using StressMaps.Harness.Comparison;
using StressMaps.Harness.RunFiles;
using StressMaps.Harness.Stress;

namespace StressMaps.Tests.Cli;

public class StressAndCompareCommandTests
{
    [Fact]
    public void StressWritesARowPerCellWithItsRunsAndLockFigures()
    {
        var output = Path.Combine(Path.GetTempPath(), $"stressmaps-stress-{Guid.NewGuid():N}");
        try
        {
            var result = CliProcess.Run("stress", "-c", "atomic-update", "-m", "unsafe,locked", "--runs", "50", "-o", output);

            Assert.True(result.ExitCode == 0, result.Output + result.Error);
            var stress = JsonSerializer.Deserialize<StressDocument>(File.ReadAllText(Path.Combine(output, "stress.json")), RunDocumentJson.Options)!;
            Assert.Collection(
                stress.Cells,
                skipped => Assert.Equal(("unsafe", 0), (skipped.Map, skipped.Runs)),
                locked =>
                {
                    Assert.Equal(("locked", 50, 0), (locked.Map, locked.Runs, locked.FailedRuns));
                    Assert.NotNull(locked.LockWaitMilliseconds);
                });
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
    public void CompareWritesJsonMarkdownAndHtmlWithAHistogramPerCell()
    {
        var output = Path.Combine(Path.GetTempPath(), $"stressmaps-compare-{Guid.NewGuid():N}");
        try
        {
            var result = CliProcess.Run("compare", "-c", "lost-update", "-m", "locked", "--seeds", "3", "-i", "50", "--stress-budget", "0.05", "-o", output);

            Assert.True(result.ExitCode == 0, result.Output + result.Error);
            var comparison = JsonSerializer.Deserialize<ComparisonDocument>(File.ReadAllText(Path.Combine(output, "compare.json")), RunDocumentJson.Options)!;
            var cell = Assert.Single(comparison.Cells);
            Assert.Equal((3, 3), (cell.Exploration[0].Trials, cell.Exploration[0].Detected));
            Assert.Equal(3, cell.Stress.Trials);
            Assert.Contains("| lost-update × locked | exploration (portfolio) | 3/3 |", File.ReadAllText(Path.Combine(output, "compare.md")));
            Assert.Contains("<svg", File.ReadAllText(Path.Combine(output, "compare.html")));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("--runs must be a whole number", "stress", "--runs", "0")]
    [InlineData("--time-budget must be a number of seconds", "stress", "--time-budget", "-1")]
    [InlineData("--seeds must be a whole number", "compare", "--seeds", "0")]
    [InlineData("unknown strategy 'nope'", "compare", "--strategies", "nope")]
    public void BadStressAndCompareInputIsOneLineAndExitsOne(string expected, params string[] arguments)
    {
        var result = CliProcess.Run(arguments);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines));
    }
}
