using System.Text.Json.Nodes;

namespace StressMaps.Tests.Cli;

/// <summary>replay and report, on the bundle of one shared run.</summary>
public class BundleCommandTests(BundleFixture fixture) : IClassFixture<BundleFixture>
{
    [Fact]
    public void RunWritesAShrunkBundleBesideRunJsonAndLinksIt()
    {
        Assert.True(fixture.Run.ExitCode == 0, fixture.Run.Output + fixture.Run.Error);
        var cell = Assert.Single(fixture.RunDocument.Cells);
        Assert.Equal("bugs/writer-vs-reader.readonly-view.bundle.json", cell.Bundle);
        var bundle = JsonNode.Parse(File.ReadAllText(fixture.BundlePath))!;
        Assert.NotNull(bundle["shrinking"]);
        Assert.True(bundle["size"]!["operations"]!.GetValue<int>() <= 4);
        foreach (var report in new[] { "summary.md", "report.html", "junit.xml" })
        {
            Assert.True(File.Exists(Path.Combine(fixture.Folder, report)), $"{report} was not written");
        }
    }

    [Fact]
    public void BugThatReproducesEveryTimeExitsTwo()
    {
        var result = CliProcess.Run("replay", fixture.BundlePath, "--times", "5");

        Assert.True(result.ExitCode == 2, result.Output + result.Error);
        Assert.Contains("The bug reproduces 5/5", result.Output);
        Assert.Contains("task 1", result.Output);
    }

    [Fact]
    public void CorruptedJsonIsOneLineAndExitsOne() =>
        AssertOneLineError(fixture.EditedCopy(json => json[..(json.Length / 2)]), "the JSON is malformed");

    [Fact]
    public void UnknownSchemaIsOneLineAndExitsOne() =>
        AssertOneLineError(fixture.EditedCopy(json => Edit(json, bundle => bundle["schema"] = 7)), "bug bundle schema 7 is not supported");

    [Fact]
    public void ChangedTargetAssemblyIsRefusedUnlessForced()
    {
        var changed = fixture.EditedCopy(json => Edit(json, bundle =>
        {
            bundle["target"]!["sha256"] = new string('0', 64);
            bundle["target"]!["codeSha256"] = new string('1', 64);
        }));

        AssertOneLineError(changed, "has changed since the bug was found");
        var forced = CliProcess.Run("replay", changed, "--force");
        Assert.True(forced.ExitCode == 2, forced.Output + forced.Error);
    }

    [Fact]
    public void MissingTargetAssemblyIsOneLineAndExitsOne() =>
        AssertOneLineError(
            fixture.EditedCopy(json => Edit(json, bundle =>
            {
                bundle["target"]!["assemblyName"] = "Gone.dll";
                bundle["target"]!["assemblyPath"] = "/nonexistent/Gone.dll";
            })),
            "target assembly 'Gone.dll' was not found");

    [Fact]
    public void OtherRewriteOfTheSameCodeIsAccepted()
    {
        // Another rewrite differs in its time stamp (and MVID and debug record): another file, the same code.
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "StressMaps.Maps.dll"));
        var coffHeader = BitConverter.ToInt32(bytes, 0x3c) + 4;
        bytes[coffHeader + 4] ^= 0xff;
        var copy = Path.Combine(fixture.Folder, "other-rewrite", "StressMaps.Maps.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.WriteAllBytes(copy, bytes);

        var result = CliProcess.Run("replay", fixture.BundlePath, "--assembly", copy);

        Assert.True(result.ExitCode == 2, result.Output + result.Error);
        Assert.NotEqual(JsonNode.Parse(File.ReadAllText(fixture.BundlePath))!["target"]!["sha256"]!.GetValue<string>(),
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
    }

    [Fact]
    public void AssemblyNamedWithOtherCodeIsRefused() =>
        AssertOneLineError(fixture.BundlePath, "has changed since the bug was found", "--assembly", Path.Combine(AppContext.BaseDirectory, "StressMaps.Harness.dll"));

    [Fact]
    public void MalformedTraceStepIsOneLineAndExitsOne() =>
        AssertOneLineError(
            fixture.EditedCopy(json => Edit(json, bundle => bundle["trace"]!["Steps"]![0] = "op(0:1),sp(Default),next(")),
            "step 0 of the Coyote trace is malformed");

    [Fact]
    public void EditedTraceStepGivesTheDivergenceReport()
    {
        var edited = fixture.EditedCopy(json => Edit(json, bundle =>
        {
            // Coyote does not check the first steps' scheduling points; the third it does.
            var step = bundle["trace"]!["Steps"]![2]!.GetValue<string>();
            bundle["trace"]!["Steps"]![2] = System.Text.RegularExpressions.Regex.Replace(step, @"sp\(\w+\)", "sp(Halt)");
        }));

        var result = AssertOneLineError(edited, "the schedule diverged at step 2");
        Assert.Contains(",sp(Halt),", result.Error);
        Assert.Contains("expected scheduling point 'Halt' instead of", result.Error);
        Assert.Contains("Likely cause", result.Error);
    }

    [Fact]
    public void ScheduleThatRunsCleanSaysTheBugNoLongerReproducesAndExitsZero()
    {
        // With no steps left the run follows the bundled strategy (prioritization, bound 0), which takes
        // no preemption: the tasks run one after the other and the bug cannot happen, as after a fix.
        var clean = fixture.EditedCopy(json => Edit(json, bundle =>
        {
            bundle["trace"]!["Steps"] = new JsonArray();
            bundle["trace"]!["Settings"]!["Strategy"] = "prioritization";
            bundle["trace"]!["Settings"]!["StrategyBound"] = 0;
        }));

        var result = CliProcess.Run("replay", clean, "--times", "3");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("The bug no longer reproduces", result.Output);
    }

    [Fact]
    public void ReportRendersAgainFromRunJsonAndTheBundles()
    {
        var folder = Path.Combine(fixture.Folder, "again");
        Directory.CreateDirectory(Path.Combine(folder, "bugs"));
        File.Copy(Path.Combine(fixture.Folder, "run.json"), Path.Combine(folder, "run.json"));
        File.Copy(fixture.BundlePath, Path.Combine(folder, "bugs", Path.GetFileName(fixture.BundlePath)));

        var result = CliProcess.Run("report", folder, "--format", "markdown");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var summary = File.ReadAllText(Path.Combine(folder, "summary.md"));
        Assert.Contains("## writer-vs-reader.readonly-view", summary);
        Assert.Contains("```mermaid", summary);
        Assert.False(File.Exists(Path.Combine(folder, "report.html")));
    }

    [Fact]
    public void ReportOfAFolderWithoutRunJsonIsOneLineAndExitsOne()
    {
        var result = CliProcess.Run("report", Path.Combine(fixture.Folder, "bugs"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("run.json", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void MissingBundleFileIsOneLineAndExitsOne() =>
        AssertOneLineError(Path.Combine(fixture.Folder, "nope.bundle.json"), "does not exist");

    private static string Edit(string json, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(json)!;
        edit(node);
        return node.ToJsonString();
    }

    private static CliProcess.Result AssertOneLineError(string bundle, string expected, params string[] more)
    {
        var result = CliProcess.Run(["replay", bundle, .. more]);

        Assert.True(result.ExitCode == 1, $"exit {result.ExitCode}: {result.Output}{result.Error}");
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", result.Error);
        return result;
    }
}
