using StressMaps.Harness.Reports.RunFiles;

namespace StressMaps.Tests.Cli;

/// <summary>One `stressmaps run` of a single failing cell, shared by the replay tests: its folder, run.json and bundle.</summary>
public sealed class BundleFixture : IDisposable
{
    public BundleFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), $"stressmaps-bundle-{Guid.NewGuid():N}");
        Run = CliProcess.Run("run", "--scenarios", "writer-vs-reader", "--maps", "readonly-view", "-i", "200", "-o", Folder);
        BundlePath = Path.Combine(Folder, "bugs", "writer-vs-reader.readonly-view.bundle.json");
    }

    public string Folder { get; }

    public CliProcess.Result Run { get; }

    public string BundlePath { get; }

    public RunDocument RunDocument => RunDocumentJson.Deserialize(File.ReadAllText(Path.Combine(Folder, "run.json")));

    /// <summary>A copy of the bundle, edited by <paramref name="edit"/>, in a file of its own.</summary>
    public string EditedCopy(Func<string, string> edit)
    {
        var path = Path.Combine(Folder, $"edited-{Guid.NewGuid():N}.bundle.json");
        File.WriteAllText(path, edit(File.ReadAllText(BundlePath)));
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
