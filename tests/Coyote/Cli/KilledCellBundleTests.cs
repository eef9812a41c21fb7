using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Targets.Loading;
using StressMaps.Harness.Verdicts;
using StressMaps.Tests.Targets.Loading;

namespace StressMaps.Tests.Cli;

/// <summary>A cell whose schedule hangs keeps a bundle of that schedule, and replaying it, under the watchdog, reports the hang again.</summary>
public class KilledCellBundleTests
{
    [Fact]
    public void HangingCellKeepsABundleWhoseReplayReportsTheHangAgain()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"stressmaps-hang-bundle-{Guid.NewGuid():N}");
        var cache = new Dictionary<string, string> { [RewrittenAssemblyCache.CacheVariable] = Path.Combine(AppContext.BaseDirectory, "stressmaps-cache") };
        try
        {
            var run = CliProcess.RunWith(cache, "run", "--assembly", TestMaps.AssemblyPath, "--type", "StressMaps.TestMaps.Hostile.SpinningCountMap`2",
                "-c", "count-after-adds", "-i", "20", "--generate", "0", "--hang-timeout", "3", "-o", folder);

            Assert.True(run.ExitCode == 2, run.Output + run.Error);
            var cell = RunDocumentJson.Deserialize(File.ReadAllText(Path.Combine(folder, "run.json"))).Cells.Single(cell => cell.Scenario == "count-after-adds");
            Assert.Equal(VerdictKind.Hang, cell.Verdict);
            Assert.NotNull(cell.Bundle);
            var bundle = Path.Combine(folder, cell.Bundle);
            Assert.True(File.Exists(bundle), $"no bundle at {cell.Bundle}");

            var replay = CliProcess.RunWith(cache, "replay", bundle);

            Assert.True(replay.ExitCode == 2, replay.Output + replay.Error);
            Assert.Contains("The bug reproduces 1/1: Potential deadlock or hang detected", replay.Output);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
