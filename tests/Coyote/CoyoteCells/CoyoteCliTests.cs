using StressMaps.Harness.Bundles;
using StressMaps.Tests.Cli;

namespace StressMaps.Tests.CoyoteCells;

/// <summary>End to end through Coyote's own tool, as the README shows it.</summary>
public class CoyoteCliTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public void CoyoteTestFindsTheBugOfWriterVsReaderUnsafeAndCoyoteReplayReproducesItsTrace()
    {
        var output = Path.Combine(Path.GetTempPath(), $"stressmaps-coyote-{Guid.NewGuid():N}");
        try
        {
            var test = CoyoteTool.Run(NoEnvironment, "test", CoyoteTool.CellsAssembly, "--method", "WriterVsReader_Unsafe", "-i", "100", "-o", output);

            Assert.Contains("Found 1 bug", test.Output);
            var trace = Assert.Single(Directory.GetFiles(output, "*.trace", SearchOption.AllDirectories));
            var replay = CoyoteTool.Run(NoEnvironment, "replay", CoyoteTool.CellsAssembly, trace, "--method", "WriterVsReader_Unsafe");
            Assert.Contains("Reproduced 1 bug", replay.Output);
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
    public void CoyoteReplayReproducesTheTraceWrittenBesideAShrunkBundle()
    {
        var output = Path.Combine(Path.GetTempPath(), $"stressmaps-coyote-{Guid.NewGuid():N}");
        try
        {
            var run = CliProcess.Run("run", "-c", "writer-vs-reader", "-m", "readonly-view", "-i", "200", "-f", "junit", "-o", output);
            Assert.True(run.ExitCode == 0, run.Output + run.Error);
            var bundle = Path.Combine(output, "bugs", "writer-vs-reader.readonly-view.bundle.json");
            Assert.NotNull(BugBundleJson.Read(bundle).Shrinking);

            var replay = CoyoteTool.Run(
                new Dictionary<string, string> { [CoyoteTraceFile.BundleVariable] = bundle },
                "replay", CoyoteTool.CellsAssembly, CoyoteTraceFile.PathFor(bundle), "--method", CoyoteTraceFile.ReplayMethod);

            Assert.Contains("Collection was modified", replay.Output);
            Assert.Contains("Reproduced 1 bug", replay.Output);
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
