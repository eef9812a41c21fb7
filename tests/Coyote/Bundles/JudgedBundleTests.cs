using StressMaps.Harness.Bundles;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Tests.Bundles;

public class JudgedBundleTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ABugFoundUnderTheOraclesReplaysIntoItsInterleavingWithOrWithoutFieldInterleaving(bool fieldInterleaving)
    {
        var target = TargetCatalog.Find("unsafe")!;
        var scenario = ScenarioCatalog.TwoWritersOneReader;
        var options = new ExplorationOptions(Iterations: 100, InterleaveMemoryAccesses: fieldInterleaving);
        var verdict = CellRunner.Explore(Cell.Judged(scenario, target), options);
        var folder = Path.Combine(Path.GetTempPath(), $"stressmaps-judged-{Guid.NewGuid():N}");
        try
        {
            var written = BundleWriter.WriteFor(verdict, Cell.Judged(scenario, target), folder, shrink: false);

            Assert.StartsWith("Contract violation (not-thread-safe)", written!.Value.Bundle.Verdict.Message);
            Assert.Contains(written.Value.Bundle.Schedule, step => step.Conflict);
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
