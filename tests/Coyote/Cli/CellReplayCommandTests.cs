using System.Text.Json;
using StressMaps.Tests.Targets.Loading;

namespace StressMaps.Tests.Cli;

/// <summary><c>replay --cell</c>: a bug cell without a bundle of its own replays from its trace in run.json.</summary>
public class CellReplayCommandTests
{
    [Fact]
    public void ABugCellWithoutABundleReplaysFromRunJsonEveryTime()
    {
        // Two cells with one root cause (a live dictionary handed out): one bundle, from the smaller cell.
        var folder = Path.Combine(Path.GetTempPath(), $"stressmaps-test-{Guid.NewGuid():N}");
        var run = CliProcess.RunWith(ClassTargetCommandTests.Cache,
            ["run", "--assembly", TestMaps.AssemblyPath, "--type", "StressMaps.TestMaps.LiveRegistry", "-c", "random-9,random-11", "-i", "1000", "--no-shrink", "-o", folder]);
        Assert.True(run.ExitCode == 2, run.Output + run.Error);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run.json")));
        var cause = Assert.Single(document.RootElement.GetProperty("bugs").EnumerateArray().ToList());
        var cells = cause.GetProperty("cells").EnumerateArray().Select(cell => cell.GetString()!).ToList();
        Assert.Equal(2, cells.Count);
        Assert.False(File.Exists(Path.Combine(folder, "bugs", $"{cells[1]}.bundle.json")), "the second cell has no bundle file");

        var replay = CliProcess.RunWith(ClassTargetCommandTests.Cache, ["replay", "--cell", cells[1], "--run", folder, "--times", "3"]);

        Assert.True(replay.ExitCode == 2, replay.Output + replay.Error);
        Assert.Contains($"{cells[1]}: Found read/write data race", replay.Output);
        Assert.Contains("The bug reproduces 3/3", replay.Output);
    }

    [Fact]
    public void ACellTheRunDoesNotHaveIsOneLineNamingItsBugCellsAndExitsOne()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"stressmaps-test-{Guid.NewGuid():N}");
        var run = CliProcess.RunWith(ClassTargetCommandTests.Cache,
            ["run", "--assembly", TestMaps.AssemblyPath, "--type", "StressMaps.TestMaps.LiveRegistry", "-c", "random-11", "-i", "1000", "--no-shrink", "-o", folder]);
        Assert.True(run.ExitCode == 2, run.Output + run.Error);

        var replay = CliProcess.Run("replay", "--cell", "nothing.LiveRegistry", "--run", folder);

        Assert.Equal(1, replay.ExitCode);
        Assert.Contains("its bug cells: random-11.LiveRegistry", Assert.Single(replay.ErrorLines));
    }

    [Fact]
    public void ABundleAndACellTogetherIsOneLineAndExitsOne()
    {
        var replay = CliProcess.Run("replay", "some.bundle.json", "--cell", "random-11.LiveRegistry");

        Assert.Equal(1, replay.ExitCode);
        Assert.Contains("not both", Assert.Single(replay.ErrorLines));
    }
}
