using System.Text.Json;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Reports.Exporters.Sarif;
using StressMaps.Harness.Reports.RunFiles;

namespace StressMaps.Tests.Reports.Exporters.Sarif;

public class SarifRootCauseTests
{
    [Fact]
    public void ARootCauseInTwoCellsIsOneResultWithTheOtherCellAsARelatedLocation()
    {
        var sample = SampleReport.Create();
        var cells = sample.Run.Cells;
        var run = sample.Run with
        {
            Bugs =
            [
                new RootCauseRecord("one cause", "crash", [cells[0].Id.ToString(), cells[3].Id.ToString()], cells[0].Bundle),
            ],
        };
        var text = new SarifExporter("/repo").Render(new RunReport(run, sample.Bundles));

        Assert.Empty(SarifSchema.Errors(text));
        using var sarif = JsonDocument.Parse(text);
        var result = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList());
        Assert.Equal("one cause", result.GetProperty("properties").GetProperty("rootCause").GetString());
        var related = Assert.Single(result.GetProperty("relatedLocations").EnumerateArray().ToList());
        Assert.Equal($"the same bug in cell {cells[3].Id}", related.GetProperty("message").GetProperty("text").GetString());
    }
}
