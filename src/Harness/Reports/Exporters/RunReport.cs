using StressMaps.Harness.Bundles;
using StressMaps.Harness.Files;
using StressMaps.Harness.Reports.RunFiles;

namespace StressMaps.Harness.Reports.Exporters;

/// <summary>What every report is rendered from: run.json and the bundles it links.</summary>
/// <param name="Run">The run document.</param>
/// <param name="Bundles">The bug bundles, in matrix order.</param>
public sealed record RunReport(RunDocument Run, IReadOnlyList<BugBundle> Bundles)
{
    /// <summary>The bundle of <paramref name="cell"/>, or null.</summary>
    public BugBundle? BundleOf(CellRecord cell) => Bundles.FirstOrDefault(bundle => bundle.Cell == cell.Id.ToString());

    /// <summary>Reads run.json in <paramref name="folder"/> and the bundles it links (links that leave the folder are ignored).</summary>
    public static RunReport Load(string folder)
    {
        var run = RunDocumentJson.Deserialize(File.ReadAllText(Path.Combine(folder, OutputFolder.RunFile)));
        var bundles = run.Cells
            .Where(cell => cell.Bundle is not null)
            .Select(cell => SafeFileName.InFolder(Path.Combine(folder, OutputFolder.BugsFolder), Path.GetFileName(cell.Bundle!)))
            .Where(File.Exists)
            .Select(BugBundleJson.Read)
            .ToList();
        return new RunReport(run, bundles);
    }
}
