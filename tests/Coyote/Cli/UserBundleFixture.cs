using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Targets.Loading;
using StressMaps.Tests.Targets.Loading;

namespace StressMaps.Tests.Cli;

/// <summary>
/// One <c>stressmaps run</c> of a user type's failing cell, with a rewritten-assembly cache of its own so a
/// test may delete it: the run's folder, run.json and the bug's bundle.
/// </summary>
public sealed class UserBundleFixture : IDisposable
{
    public UserBundleFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), $"stressmaps-user-bundle-{Guid.NewGuid():N}");
        Cache = Path.Combine(Folder, "cache");
        Run = Stressmaps("run", "--assembly", TestMaps.AssemblyPath, "--type", "StressMaps.TestMaps.CheckThenAddMap`2",
            "-c", "add-same-key", "-i", "200", "-o", Folder);
        BundlePath = Path.Combine(Folder, "bugs", "add-same-key.CheckThenAddMap-string-int-.bundle.json");
    }

    public string Folder { get; }

    public string Cache { get; }

    public CliProcess.Result Run { get; }

    public string BundlePath { get; }

    public RunDocument RunDocument => RunDocumentJson.Deserialize(File.ReadAllText(Path.Combine(Folder, "run.json")));

    public CliProcess.Result Stressmaps(params string[] arguments) =>
        CliProcess.RunWith(new Dictionary<string, string> { [RewrittenAssemblyCache.CacheVariable] = Cache }, arguments);

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
