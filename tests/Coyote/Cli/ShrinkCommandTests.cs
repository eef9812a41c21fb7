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
            var run = CliProcess.Run("run", "--scenarios", "two-writers-one-reader", "--maps", "unsafe", "-i", "100", "--no-shrink", "-o", output);
            Assert.True(run.ExitCode == 0, run.Output + run.Error);
            var found = Path.Combine(output, "bugs", "two-writers-one-reader.unsafe.bundle.json");
            Assert.Null(BugBundleJson.Read(found).Shrinking);

            var result = CliProcess.Run("shrink", found);

            Assert.True(result.ExitCode == 0, result.Output + result.Error);
            var shrunk = BugBundleJson.Read(Path.Combine(output, "bugs", "two-writers-one-reader.unsafe.shrunk.bundle.json"));
            Assert.Equal(3, shrunk.Shrinking!.Before.Tasks);
            Assert.True(shrunk.Size.Operations < shrunk.Shrinking.Before.Operations, $"{shrunk.Size.Operations} operations after shrinking");
            Assert.Contains("shrunk from 3 tasks, 7 ops", result.Output);
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
