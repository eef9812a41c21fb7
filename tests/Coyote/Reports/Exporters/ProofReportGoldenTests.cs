using StressMaps.Harness.Reports.Exporters;

namespace StressMaps.Tests.Reports.Exporters;

public class ProofReportGoldenTests
{
    [Theory]
    [InlineData("markdown", "")]
    [InlineData("markdown", "de-DE")]
    [InlineData("html", "")]
    [InlineData("html", "de-DE")]
    [InlineData("junit", "")]
    [InlineData("junit", "de-DE")]
    public void AnExhaustiveRunTellsProvedFromCutCellsInEveryFormat(string format, string culture)
    {
        var report = SampleProofReport.Create();

        var text = Golden.UnderCulture(culture, () => format switch
        {
            "markdown" => MarkdownExporter.RenderMatrix(report),
            "html" => new HtmlExporter().Render(report),
            _ => new JUnitExporter().Render(report),
        });

        Golden.Verify($"proof-{format}.txt", text);
    }
}
