using StressMaps.Harness.Bundles;
using StressMaps.Harness.Files;
using StressMaps.Harness.Reports.RunFiles;

namespace StressMaps.Harness.Sessions.ScaleOut;

/// <summary>
/// The bundles of a merged run: each shard links its bugs' bundles relative to its own folder; the merged
/// cell keeps the link of the record the merge kept, and its bundle is copied into the merged <c>bugs/</c>.
/// </summary>
public static class ShardBundles
{
    /// <summary><paramref name="shard"/> (read from <paramref name="runFile"/>) with each bundle link made absolute.</summary>
    public static RunDocument Resolve(RunDocument shard, string runFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(runFile))!;
        return shard with
        {
            Cells = shard.Cells.Select(cell => cell.Bundle is { } link ? cell with { Bundle = Path.GetFullPath(Path.Combine(folder, link)) } : cell).ToList(),
        };
    }

    /// <summary>The bundles <paramref name="merged"/>'s cells link (absolute paths), by cell; a link whose file is gone is left out.</summary>
    public static IReadOnlyDictionary<string, BugBundle> Read(RunDocument merged) => merged.Cells
        .Where(cell => cell.Bundle is { } path && File.Exists(path))
        .ToDictionary(cell => cell.Id.ToString(), cell => BugBundleJson.Read(cell.Bundle!));

    /// <summary>Writes <paramref name="bundles"/> into <paramref name="output"/>'s <c>bugs/</c> and links each cell to its own, as an unsharded run does.</summary>
    public static RunDocument Keep(RunDocument merged, IReadOnlyDictionary<string, BugBundle> bundles, OutputFolder output)
    {
        foreach (var (cell, bundle) in bundles)
        {
            BugBundleJson.Write(OutputFolder.BundlePath(output.Path, cell), bundle with { ReplayCommand = $"stressmaps replay {OutputFolder.BundleLink(cell)} --times 100" });
        }

        return merged with
        {
            Cells = merged.Cells.Select(cell => cell with { Bundle = bundles.ContainsKey(cell.Id.ToString()) ? OutputFolder.BundleLink(cell.Id.ToString()) : null }).ToList(),
        };
    }
}
