using StressMaps.Harness.Exporters;

namespace StressMaps.Tests.Exporters;

public class ExporterGoldenTests
{
    public static TheoryData<string, string> FormatsAndCultures()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in new[] { "markdown", "html", "junit", "github-summary", "github-annotations", "console" })
        {
            // The invariant culture and one that writes 12,5 for 12.5: reports must not change with it.
            data.Add(format, "");
            data.Add(format, "de-DE");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormatsAndCultures))]
    public void ReportMatchesItsGoldenFileUnderEveryCulture(string format, string culture)
    {
        var report = SampleReport.Create();

        var text = Golden.UnderCulture(culture, () => Render(format, report));

        Golden.Verify($"{format}.txt", text);
    }

    private static string Render(string format, RunReport report) => format switch
    {
        "markdown" => new MarkdownExporter().Render(report),
        "html" => new HtmlExporter().Render(report),
        "junit" => new JUnitExporter().Render(report),
        "github-summary" => GitHubReport.Summary(report),
        "github-annotations" => string.Join("\n", GitHubReport.Annotations(report)) + "\n",
        _ => InterleavingTable.Text(report.Bundles[0]),
    };
}
