namespace StressMaps.Harness.Reports.Exporters;

/// <summary>Every report format. A new format is one <see cref="IExporter"/> type and one line here.</summary>
public static class ExporterRegistry
{
    /// <summary>The exporters, in the order they write.</summary>
    public static IReadOnlyList<IExporter> All { get; } =
    [
        new MarkdownExporter(),
        new HtmlExporter(),
        new JUnitExporter(),
        new Sarif.SarifExporter(),
        new ConsoleExporter(),
        new GitHubExporter(),
    ];

    /// <summary>Every format's name.</summary>
    public static IReadOnlyList<string> Formats { get; } = All.Select(exporter => exporter.Format).ToList();

    /// <summary>What <c>run</c> writes by default: every file format but SARIF (GitHub's and SARIF join under <c>GITHUB_ACTIONS=true</c>).</summary>
    public static IReadOnlyList<string> RunDefaults { get; } = All.OfType<FileExporter>().Select(exporter => exporter.Format).Where(format => format != "sarif").ToList();

    /// <summary>The files the file formats write, which a run owns in its folder.</summary>
    public static IReadOnlyList<string> FileNames { get; } = All.OfType<FileExporter>().Select(exporter => exporter.FileName).ToList();

    /// <summary>The formats asked for when none is named: <paramref name="defaults"/>, plus GitHub's and SARIF (for code scanning) when the environment enables them.</summary>
    public static IReadOnlyList<string> DefaultsFor(IReadOnlyList<string> defaults, Func<string, string?> environment) =>
        GitHubReport.IsEnvironmentallyEnabled(environment) ? [.. defaults.Union(["github", "sarif"])] : defaults;

    /// <summary>Exports <paramref name="report"/> in each of <paramref name="formats"/>, in registry order.</summary>
    public static void Export(RunReport report, IReadOnlyList<string> formats, ExportTarget target)
    {
        foreach (var exporter in All.Where(exporter => formats.Contains(exporter.Format)))
        {
            exporter.Export(report, target);
        }
    }
}
