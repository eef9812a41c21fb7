using StressMaps.Harness.Oracles;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Tests.Oracles.Matrix;
using StressMaps.Tests.Reports.Exporters;

namespace StressMaps.Tests.Bundles;

public class BundleWriterTests
{
    [Fact]
    public void ScenarioNamedLikeAPathStillWritesItsBundleInsideBugs()
    {
        var (lostUpdate, target) = Cells.Find("lost-update", "locked");
        var scenario = lostUpdate with { Name = "../../escaped" };
        var verdict = CellRunner.Explore(Cell.Matrix(lostUpdate, target), new ExplorationOptions(Iterations: 100)) with { Scenario = scenario.Name };
        var output = Path.Combine(Path.GetTempPath(), $"stressmaps-writer-{Guid.NewGuid():N}", "out");
        try
        {
            var written = BundleWriter.WriteFor(verdict, Cell.Matrix(scenario, target), output, shrink: false);

            // The bundle and its Coyote trace, both inside bugs/.
            var files = Directory.GetFiles(Path.GetDirectoryName(output)!, "*", SearchOption.AllDirectories).Order().ToList();
            Assert.Equal(["escaped.locked.bundle.json", "escaped.locked.trace"], files.Select(Path.GetFileName));
            Assert.All(files, file => Assert.Equal(Path.Combine(Path.GetFullPath(output), "bugs"), Path.GetDirectoryName(file)));
            Assert.Equal("bugs/escaped.locked.bundle.json", written!.Value.RelativePath);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }

    [Fact]
    public void ReportsIgnoreABundleLinkThatLeavesTheFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"stressmaps-links-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "bugs"));
        try
        {
            var report = SampleReport.Create();
            var run = report.Run with { Cells = [report.Run.Cells[0] with { Bundle = "../../../etc/passwd" }] };
            RunDocumentJson.Write(Path.Combine(folder, "run.json"), run);
            BugBundleJson.Write(Path.Combine(folder, "bugs", "passwd"), SampleReport.Bundle());

            var loaded = RunReport.Load(folder);

            // The link is read as a file name inside bugs/, never as a path.
            Assert.Single(loaded.Bundles);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
