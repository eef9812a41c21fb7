using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Targets.Loading;
using StressMaps.Harness.Verdicts;
using StressMaps.Tests.Targets.Loading;

namespace StressMaps.Tests.Cli;

/// <summary>
/// A killed cell keeps a bundle of its schedule up to the kill, and replaying it, under the watchdog with the limits
/// the run used, reports the same kill again: a hang Coyote saw, and every kill the watchdog sees itself.
/// </summary>
public class KilledCellBundleTests(KilledCellRunFixture fixture) : IClassFixture<KilledCellRunFixture>
{
    [Fact]
    public void HangingCellKeepsABundleWhoseReplayReportsTheHangAgain()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"stressmaps-hang-bundle-{Guid.NewGuid():N}");
        var cache = new Dictionary<string, string> { [RewrittenAssemblyCache.CacheVariable] = Path.Combine(AppContext.BaseDirectory, "stressmaps-cache") };
        try
        {
            var run = CliProcess.RunWith(cache, "run", "--assembly", TestMaps.AssemblyPath, "--type", "StressMaps.TestMaps.Hostile.SpinningCountMap`2",
                "-c", "count-after-adds", "-i", "20", "--generate", "0", "--hang-timeout", "3", "-o", folder);

            Assert.True(run.ExitCode == 2, run.Output + run.Error);
            var cell = RunDocumentJson.Deserialize(File.ReadAllText(Path.Combine(folder, "run.json"))).Cells.Single(cell => cell.Scenario == "count-after-adds");
            Assert.Equal(VerdictKind.Hang, cell.Verdict);
            Assert.NotNull(cell.Bundle);
            var bundle = Path.Combine(folder, cell.Bundle);
            Assert.True(File.Exists(bundle), $"no bundle at {cell.Bundle}");

            var replay = CliProcess.RunWith(cache, "replay", bundle);

            Assert.True(replay.ExitCode == 2, replay.Output + replay.Error);
            Assert.Contains("The bug reproduces 1/1: Potential deadlock or hang detected", replay.Output);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("ExitingCountMap", VerdictKind.Crashed)]
    [InlineData("OverflowingCountMap", VerdictKind.StackOverflow)]
    [InlineData("RacyOverflowingCountMap", VerdictKind.StackOverflow)]
    [InlineData("HoardingCountMap", VerdictKind.OutOfMemory)]
    [InlineData("CreepingCountMap", VerdictKind.Hang)]
    public void KilledCellKeepsABundleOfItsScheduleUpToTheKillWithTheRunsLimits(string type, VerdictKind kill)
    {
        Assert.Equal(kill, fixture.Cell(type).Verdict);
        Assert.NotNull(fixture.Cell(type).Killed);

        var bundle = fixture.Bundle(type);

        Assert.Equal(kill, bundle.Killed!.Verdict);
        Assert.Equal("count()", bundle.Killed.Operation);
        Assert.NotEmpty(bundle.Trace.GetProperty("Steps").EnumerateArray());
        Assert.Equal(fixture.Cell(type).BugMessage, bundle.Verdict.Message);
        Assert.Equal(3, bundle.Watchdog!.HangTimeoutSeconds);
        Assert.Equal(256, bundle.Watchdog.MemoryLimitMegabytes);
    }

    [Theory]
    [InlineData("ExitingCountMap", "crashed: exit code 7")]
    [InlineData("OverflowingCountMap", "stack overflow")]
    [InlineData("HoardingCountMap", "out of memory: the worker passed its limit of 256 MB")]
    [InlineData("CreepingCountMap", "hang: no operation began or returned for 3 s")]
    public void ReplayUnderTheRecordedLimitsReportsTheSameKill(string type, string kill)
    {
        var replay = CliProcess.RunWith(KilledCellRunFixture.Cache, "replay", fixture.BundlePath(type));

        Assert.True(replay.ExitCode == 2, replay.Output + replay.Error);
        Assert.Contains($"The bug reproduces 1/1: {kill}", replay.Output);
        Assert.Contains("while running count()", replay.Output);
    }

    [Fact]
    public void KillThatOnlySomeSchedulesReachReplaysEveryTimeAlongItsJournaledSchedule()
    {
        var replay = CliProcess.RunWith(KilledCellRunFixture.Cache, "replay", fixture.BundlePath("RacyOverflowingCountMap"), "--times", "3");

        Assert.True(replay.ExitCode == 2, replay.Output + replay.Error);
        Assert.Contains("The bug reproduces 3/3: stack overflow", replay.Output);
    }

    [Fact]
    public void RacyKillDoesNotReplayWithItsJournaledStepsCutAway()
    {
        // The same bundle with no steps: the random strategy, from the cell's seed, runs a schedule that does not lose an update.
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(fixture.BundlePath("RacyOverflowingCountMap")))!;
        json["trace"]!["Steps"] = new System.Text.Json.Nodes.JsonArray();
        var cut = Path.Combine(fixture.Output, "racy-cut.bundle.json");
        File.WriteAllText(cut, json.ToJsonString());

        var replay = CliProcess.RunWith(KilledCellRunFixture.Cache, "replay", cut);

        Assert.True(replay.ExitCode == 0, replay.Output + replay.Error);
        Assert.Contains("The bug no longer reproduces", replay.Output);
    }

    [Fact]
    public void ReplayTakesTheHangTimeoutGivenOverTheRecordedOne()
    {
        var replay = CliProcess.RunWith(KilledCellRunFixture.Cache, "replay", fixture.BundlePath("CreepingCountMap"), "--hang-timeout", "1");

        Assert.True(replay.ExitCode == 2, replay.Output + replay.Error);
        Assert.Contains("The bug reproduces 1/1: hang: no operation began or returned for 1 s", replay.Output);
    }

    [Fact]
    public void ShrinkOfAKilledCellsBundleIsRefusedInOneLine()
    {
        var shrink = CliProcess.RunWith(KilledCellRunFixture.Cache, "shrink", fixture.BundlePath("ExitingCountMap"), "-o", Path.Combine(fixture.Output, "shrunk.bundle.json"));

        Assert.True(shrink.ExitCode == 1, shrink.Output + shrink.Error);
        Assert.Single(shrink.ErrorLines);
        Assert.Contains("kept as found", shrink.Error);
    }

    [Theory]
    [InlineData("replay", "--memory-limit", "10")]
    [InlineData("shrink", "--hang-timeout", "0")]
    public void ReplayAndShrinkCheckTheWatchdogLimitsAsRunDoes(string command, string option, string value)
    {
        var result = CliProcess.RunWith(KilledCellRunFixture.Cache, command, fixture.BundlePath("ExitingCountMap"), option, value);

        Assert.True(result.ExitCode == 1, result.Output + result.Error);
        Assert.Contains($"{option} must be", result.Error);
    }
}
