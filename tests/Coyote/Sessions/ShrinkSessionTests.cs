using StressMaps.Harness.Bundles;
using StressMaps.Harness.Files;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Sessions;
using StressMaps.Harness.Targets;

namespace StressMaps.Tests.Sessions;

public class ShrinkSessionTests
{
    [Fact]
    public void ShrinkWritesASmallerBundleBesideTheOneAsFound()
    {
        using var folder = new TempFolder();
        var request = new RunRequest([ScenarioCatalog.Find("writer-vs-reader")!], [TargetCatalog.Find("unsafe")!], new ExplorationOptions(Iterations: 100), OutputFolder.Prepare(folder.Path))
        {
            Shrink = false,
        };
        Assert.Equal(0, RunSession.Run(request, SessionOutput.To(TextWriter.Null)).ExitCode);
        var found = folder.File("bugs", "writer-vs-reader.unsafe.bundle.json");
        var bundle = BugBundleJson.Read(found);
        Assert.Null(bundle.Shrinking);

        var path = ShrinkSession.DefaultPath(found);
        var shrunk = ShrinkSession.Shrink(bundle, TargetResolver.Resolve(bundle.Target, null, force: false), path, ExplorationOptions.DefaultSeed);

        Assert.Equal(folder.File("bugs", "writer-vs-reader.unsafe.shrunk.bundle.json"), path);
        Assert.Equal((shrunk.Size, $"stressmaps replay {path} --times 100"), (BugBundleJson.Read(path).Size, shrunk.ReplayCommand));
        Assert.Equal(5, shrunk.Shrinking!.Before.Operations);
        Assert.True(shrunk.Size.Operations < shrunk.Shrinking.Before.Operations, $"{shrunk.Size.Operations} operations after shrinking");
    }
}
