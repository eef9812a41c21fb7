using StressMaps.Harness.Bundles;

namespace StressMaps.Tests.Cli;

public class ShrinkCommandTests
{
    [Fact]
    public void ShrinkWritesASmallerBundleBesideTheOneAsFound()
    {
        var output = Path.Combine(Path.GetTempPath(), $"stressmaps-shrink-{Guid.NewGuid():N}");
        try
        {
            var run = CliProcess.Run("run", "--scenarios", "writer-vs-reader", "--maps", "unsafe", "-i", "100", "--no-shrink", "-o", output);
            Assert.True(run.ExitCode == 0, run.Output + run.Error);
            var found = Path.Combine(output, "bugs", "writer-vs-reader.unsafe.bundle.json");
            Assert.Null(BugBundleJson.Read(found).Shrinking);

            var result = CliProcess.Run("shrink", found);

            Assert.True(result.ExitCode == 0, result.Output + result.Error);
            var shrunk = BugBundleJson.Read(Path.Combine(output, "bugs", "writer-vs-reader.unsafe.shrunk.bundle.json"));
            Assert.Equal(5, shrunk.Shrinking!.Before.Operations);
            Assert.True(shrunk.Size.Operations < shrunk.Shrinking.Before.Operations, $"{shrunk.Size.Operations} operations after shrinking");
            Assert.Contains("shrunk from 2 tasks, 5 ops", result.Output);
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
