using StressMaps.Harness.Reports.Exporters;

namespace StressMaps.Tests.Reports.Exporters;

public class ExporterGoldenTests
{
    public static TheoryData<string, string> FormatsAndCultures()
    {
        var data = new TheoryData<string, string>();
        foreach (var format in ExporterRegistry.Formats)
        {
            // The invariant culture and one that writes 12,5 for 12.5: reports must not change with it.
            data.Add(format, "");
            data.Add(format, "de-DE");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormatsAndCultures))]
    public void EveryRegisteredFormatMatchesItsGoldenFileUnderEveryCulture(string format, string culture)
    {
        var exporter = ExporterRegistry.All.Single(candidate => candidate.Format == format);

        var text = Golden.UnderCulture(culture, () => Export(exporter, SampleReport.Create()));

        Golden.Verify($"{format}.txt", text);
    }

    [Fact]
    public void EveryFormatHasItsOwnNameAndEveryFileExporterItsOwnFile()
    {
        Assert.Equal(ExporterRegistry.Formats.Count, ExporterRegistry.Formats.Distinct().Count());
        Assert.Equal(ExporterRegistry.FileNames.Count, ExporterRegistry.FileNames.Distinct().Count());
    }

    /// <summary>What the exporter writes: its file for a file exporter, else what it prints, then any step summary it appends.</summary>
    private static string Export(IExporter exporter, RunReport report)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"stressmaps-golden-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var summary = Path.Combine(folder, "step-summary.md");
            var printed = new StringWriter { NewLine = "\n" };
            exporter.Export(report, new ExportTarget(folder, printed, name => name == "GITHUB_STEP_SUMMARY" ? summary : null));
            if (exporter is FileExporter file)
            {
                return File.ReadAllText(Path.Combine(folder, file.FileName));
            }

            return printed + (File.Exists(summary) ? "--- step summary ---\n" + File.ReadAllText(summary) : "");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
