using StressMaps.Harness.Bundles;
using StressMaps.Harness.RunFiles;

namespace StressMaps.Harness.Exporters;

/// <summary>What every report is rendered from: run.json and the bundles it links.</summary>
/// <param name="Run">The run document.</param>
/// <param name="Bundles">The bug bundles, in matrix order.</param>
public sealed record RunReport(RunDocument Run, IReadOnlyList<BugBundle> Bundles)
{
    /// <summary>The bundle of <paramref name="cell"/>, or null.</summary>
    public BugBundle? BundleOf(CellRecord cell) => Bundles.FirstOrDefault(bundle => bundle.Cell == $"{cell.Scenario}.{cell.Map}");

    /// <summary>Reads run.json in <paramref name="folder"/> and the bundles it links (links that leave the folder are ignored).</summary>
    public static RunReport Load(string folder)
    {
        var run = RunDocumentJson.Deserialize(File.ReadAllText(Path.Combine(folder, "run.json")));
        var bundles = run.Cells
            .Where(cell => cell.Bundle is not null)
            .Select(cell => SafeFileName.InFolder(Path.Combine(folder, BugBundleFactory.Folder), Path.GetFileName(cell.Bundle!)))
            .Where(File.Exists)
            .Select(BugBundleJson.Read)
            .ToList();
        return new RunReport(run, bundles);
    }
}

/// <summary>One report format: a name users type, a file name, and how to render it.</summary>
public interface IReportExporter
{
    /// <summary>The name <c>--format</c> takes.</summary>
    string Format { get; }

    /// <summary>The file it writes in the output folder.</summary>
    string FileName { get; }

    /// <summary>The report as text.</summary>
    string Render(RunReport report);
}
