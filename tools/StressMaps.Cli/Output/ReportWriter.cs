using Spectre.Console;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Reporting;
using StressMaps.Harness.Reporting.Sarif;
using StressMaps.Harness.RunFiles;

namespace StressMaps.Cli.Output;

/// <summary>Writes the reports asked for, all rendered from run.json and the bundles.</summary>
public static class ReportWriter
{
    /// <summary>The file exporters, by format.</summary>
    public static IReadOnlyList<IReportExporter> Exporters { get; } = [new MarkdownExporter(), new HtmlExporter(), new JUnitExporter(), new SarifExporter()];

    /// <summary>Writes each of <paramref name="formats"/> for <paramref name="run"/> into <paramref name="outputFolder"/>.</summary>
    public static void Write(IAnsiConsole console, RunDocument run, IReadOnlyList<BugBundle> bundles, string outputFolder, IReadOnlyList<string> formats)
    {
        var report = new RunReport(run, bundles);
        foreach (var exporter in Exporters.Where(exporter => formats.Contains(exporter.Format)))
        {
            var path = Path.Combine(outputFolder, exporter.FileName);
            AtomicFile.WriteAllText(path, exporter.Render(report));
            console.MarkupLine(Markup.Escape($"Wrote {path}"));
        }

        if (formats.Contains("console"))
        {
            foreach (var bundle in bundles)
            {
                WriteInterleaving(console, bundle);
            }
        }

        if (formats.Contains("github"))
        {
            WriteGitHub(report);
        }
    }

    /// <summary>Prints one bug's interleaving table.</summary>
    public static void WriteInterleaving(IAnsiConsole console, BugBundle bundle)
    {
        console.WriteLine();
        console.MarkupLine(Markup.Escape($"{bundle.Cell}: {bundle.Verdict.Message}"));
        console.MarkupLine(Markup.Escape(MarkdownExporter.SizeLine(bundle)));
        if (bundle.Schedule.Count > 0)
        {
            console.Write(new Text(InterleavingTable.Text(bundle)));
            console.MarkupLine(Markup.Escape(InterleavingTable.Legend));
        }

        console.MarkupLine(Markup.Escape($"Replay: {bundle.ReplayCommand}"));
    }

    private static void WriteGitHub(RunReport report)
    {
        if (Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summaryFile)
        {
            File.AppendAllText(summaryFile, GitHubReport.Summary(report));
        }

        foreach (var annotation in GitHubReport.Annotations(report))
        {
            Console.Out.WriteLine(annotation);
        }
    }
}
