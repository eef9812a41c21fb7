using System.Text.Json.Nodes;
using StressMaps.Harness.Bundles;
using StressMaps.Tests.Targets.Loading;

namespace StressMaps.Tests.Cli;

/// <summary>A bug in a user's type gets a bundle that replays, shrinks and draws like a built-in map's.</summary>
public class UserBundleCommandTests(UserBundleFixture fixture) : IClassFixture<UserBundleFixture>
{
    [Fact]
    public void BugInAUserTypeGetsABundleNamingTheAssemblyItsHashesTheCacheKeyAndTheContract()
    {
        Assert.True(fixture.Run.ExitCode == 2, fixture.Run.Output + fixture.Run.Error);
        var cell = Assert.Single(fixture.RunDocument.Cells);
        Assert.Equal("bugs/add-same-key.CheckThenAddMap-string-int-.bundle.json", cell.Bundle);

        var bundle = BugBundleJson.Read(fixture.BundlePath);
        Assert.Equal(Path.GetFullPath(TestMaps.AssemblyPath), bundle.Target.AssemblyPath);
        Assert.Equal(TargetIdentity.Sha256Of(TestMaps.AssemblyPath), bundle.Target.Sha256);
        Assert.Equal(CodeHash.Of(TestMaps.AssemblyPath), bundle.Target.CodeSha256);
        Assert.Equal("StressMaps.TestMaps.CheckThenAddMap`2", bundle.Target.Type);
        Assert.Equal("thread-safe", bundle.Target.Contract);
        Assert.True(Directory.Exists(Path.Combine(fixture.Cache, bundle.Target.RewrittenCacheKey!)));
        Assert.True(bundle.Replay.InterleaveMemoryAccesses);
        Assert.Equal(["add(k, 1)", "add(k, 2)"], bundle.Scenario.Tasks.SelectMany(task => task).Select(op => op.ToString()));
        Assert.NotNull(bundle.Shrinking);
        Assert.Contains(bundle.Schedule, step => step.Preemption);
    }

    [Fact]
    public void BundleReplaysOneHundredTimesOutOfOneHundredAlsoAfterTheCacheWasDeleted()
    {
        var bundle = BugBundleJson.Read(fixture.BundlePath);
        var cached = fixture.Stressmaps("replay", fixture.BundlePath, "--times", "100");
        Assert.True(cached.ExitCode == 2, cached.Output + cached.Error);
        Assert.Contains("The bug reproduces 100/100", cached.Output);

        Directory.Delete(fixture.Cache, recursive: true);
        var rewritten = fixture.Stressmaps("replay", fixture.BundlePath, "--times", "100");

        Assert.True(rewritten.ExitCode == 2, rewritten.Output + rewritten.Error);
        Assert.Contains("The bug reproduces 100/100", rewritten.Output);
        Assert.True(Directory.Exists(Path.Combine(fixture.Cache, bundle.Target.RewrittenCacheKey!)), "replay did not rewrite the assembly again");
    }

    [Fact]
    public void ShrinkWorksOnAUserTypesBundle()
    {
        var result = fixture.Stressmaps("shrink", fixture.BundlePath);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var shrunk = BugBundleJson.Read(Path.Combine(fixture.Folder, "bugs", "add-same-key.CheckThenAddMap-string-int-.shrunk.bundle.json"));
        Assert.Equal(1, shrunk.Size.Preemptions);
        var replay = fixture.Stressmaps("replay", Path.Combine(fixture.Folder, "bugs", "add-same-key.CheckThenAddMap-string-int-.shrunk.bundle.json"), "--times", "3");
        Assert.True(replay.ExitCode == 2, replay.Output + replay.Error);
    }

    [Fact]
    public void HtmlReportDrawsTheUserTypesSwimlane()
    {
        var html = File.ReadAllText(Path.Combine(fixture.Folder, "report.html"));

        Assert.Contains("<svg", html);
        Assert.Contains("add(k, 2)", html);
        Assert.Contains("CheckThenAddMap&lt;string,int&gt;", html);
    }

    [Fact]
    public void BundleRewrittenOtherwiseIsRefusedUnlessForced()
    {
        var edited = Path.Combine(fixture.Folder, $"edited-{Guid.NewGuid():N}.bundle.json");
        var json = JsonNode.Parse(File.ReadAllText(fixture.BundlePath))!;
        json["target"]!["rewrittenCacheKey"] = "000000000000000000000000";
        File.WriteAllText(edited, json.ToJsonString());

        var refused = fixture.Stressmaps("replay", edited);

        Assert.True(refused.ExitCode == 1, refused.Output + refused.Error);
        Assert.Contains("the bundle's was rewritten as 000000000000000000000000", Assert.Single(refused.ErrorLines));
        var forced = fixture.Stressmaps("replay", edited, "--force");
        Assert.True(forced.ExitCode == 2, forced.Output + forced.Error);
    }
}
