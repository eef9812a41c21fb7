using System.Text.Json;
using StressMaps.Tests.Targets.Loading;

namespace StressMaps.Tests.Cli;

/// <summary><c>run --type</c> without <c>-i</c>: one budget for the run, coverage per cell, one report per root cause.</summary>
public class BudgetedRunCommandTests
{
    private static readonly string HandOutScenarios = string.Join(
        ",", new[] { "current", "get", "remove", "set" }.Select(operation => $"hands-out-current-then-{operation}"));

    [Fact]
    public void OneLiveCollectionHandedOutInManyCellsIsOneBugWithOneShrunkBundle()
    {
        // A fixed count per cell, so that several cells find the one root cause (a budget may stop a cell first).
        var folder = Path.Combine(Path.GetTempPath(), $"stressmaps-test-{Guid.NewGuid():N}");
        var result = CliProcess.RunWith(ClassTargetCommandTests.Cache,
            ["run", "--assembly", TestMaps.AssemblyPath, "--type", "StressMaps.TestMaps.LiveRegistry", "-c", HandOutScenarios, "-i", "1000", "-o", folder]);

        Assert.True(result.ExitCode == 2, result.Output + result.Error);
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run.json")));
        var bugCells = run.RootElement.GetProperty("cells").EnumerateArray().Count(cell => cell.GetProperty("verdict").GetString() == "bug");
        var bug = Assert.Single(run.RootElement.GetProperty("bugs").EnumerateArray().ToList());
        Assert.True(bugCells >= 2, $"{bugCells} bug cells");
        Assert.Equal(bugCells, bug.GetProperty("cells").GetArrayLength());
        Assert.Equal("hand-out: LiveRegistry.Current() hands out its live Dictionary<string,string>", bug.GetProperty("signature").GetString());
        var bundle = Assert.Single(Directory.GetFiles(Path.Combine(folder, "bugs"), "*.bundle.json"));
        Assert.Equal(bug.GetProperty("bundle").GetString(), $"bugs/{Path.GetFileName(bundle)}");
        using var written = JsonDocument.Parse(File.ReadAllText(bundle));
        Assert.True(written.RootElement.TryGetProperty("shrinking", out _), "the bundle is shrunk");
        Assert.Contains($"1 distinct bug in {bugCells} bug cells (run.json bugs[]).", result.Output);
    }

    [Fact]
    public void ABudgetedRunStatesEachCellsCoverageInRunJson()
    {
        // The assertion the root-cause test carried while a budget was the default, kept on a budgeted run.
        var folder = Path.Combine(Path.GetTempPath(), $"stressmaps-test-{Guid.NewGuid():N}");
        var result = CliProcess.RunWith(ClassTargetCommandTests.Cache,
            ["run", "--assembly", TestMaps.AssemblyPath, "--type", "StressMaps.TestMaps.LiveRegistry", "-c", HandOutScenarios, "--budget", "400", "--no-shrink", "-o", folder]);

        Assert.True(result.ExitCode is 0 or 2, result.Output + result.Error);
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run.json")));
        Assert.All(run.RootElement.GetProperty("cells").EnumerateArray(), cell =>
            Assert.True(cell.GetProperty("coverage").GetProperty("schedules").GetInt32() > 0, cell.ToString()));
    }

    [Fact]
    public void WithoutIAClassRunIsBudgetedAndEveryCellGetsItsMinimumShare()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"stressmaps-test-{Guid.NewGuid():N}");
        var result = CliProcess.RunWith(ClassTargetCommandTests.Cache,
            ["run", "--assembly", TestMaps.AssemblyPath, "--type", "StressMaps.TestMaps.CopyingRegistry", "-c", "pair-get-set-absent,pair-set-set-present", "-o", folder]);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("budget: every cell first 400 schedules, then 45 s of exploring", result.Error);
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run.json")));
        Assert.All(run.RootElement.GetProperty("cells").EnumerateArray(), cell =>
            Assert.True(cell.GetProperty("coverage").GetProperty("schedules").GetInt32() >= 400, cell.ToString()));
    }

    [Fact]
    public void ABudgetWithAFixedCountPerCellIsOneLineAndExitsOne()
    {
        var result = CliProcess.RunWith(ClassTargetCommandTests.Cache,
            ["run", "--assembly", TestMaps.AssemblyPath, "--type", "StressMaps.TestMaps.LiveRegistry", "-i", "100", "--time-budget", "5s"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Give one or the other", Assert.Single(result.ErrorLines));
    }
}
