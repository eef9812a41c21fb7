using StressMaps.Harness.RunFiles;

namespace StressMaps.Tests.Cli;

public class RunCommandTests
{
    [Fact]
    public void RunWritesRunJsonAndExitsZeroWhenEveryVerdictMatches()
    {
        var output = Path.Combine(Path.GetTempPath(), $"stressmaps-test-{Guid.NewGuid():N}");
        try
        {
            var result = CliProcess.Run("run", "--maps", "unsafe,locked", "--scenarios", "writer-vs-reader", "-i", "200", "-o", output);

            Assert.True(result.ExitCode == 0, result.Output + result.Error);
            Assert.Contains("verdict matrix", result.Output);
            var run = RunDocumentJson.Deserialize(File.ReadAllText(Path.Combine(output, "run.json")));
            Assert.Collection(
                run.Cells,
                unsafeCell => Assert.Equal(("unsafe", "bug", true), (unsafeCell.Map, unsafeCell.Verdict, unsafeCell.Matches)),
                lockedCell => Assert.Equal(("locked", "safe", true, 200), (lockedCell.Map, lockedCell.Verdict, lockedCell.Matches, lockedCell.IterationsExplored)));
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
    public void ListNamesEveryMapScenarioAndStrategy()
    {
        var result = CliProcess.Run("list");

        Assert.Equal(0, result.ExitCode);
        foreach (var name in new[] { "unlocked-clone", "aliased-snapshot", "lost-update", "q-learning" })
        {
            Assert.Contains(name, result.Output);
        }
    }
}
