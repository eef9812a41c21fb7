using StressMaps.Harness.Bundles;
using StressMaps.Harness.Verdicts;
using StressMaps.Tests.Cli;

namespace StressMaps.Tests.Cli.ConcurrentTests;

/// <summary><c>stressmaps test</c> on the benchmark's programs: every bug found and bundled so it replays, every twin clean.</summary>
public sealed class TestCommandTests(ConcurrencyBugsFixture fixture) : IClassFixture<ConcurrencyBugsFixture>
{
    [Fact]
    public void ARunWithBugsExitsTwo()
    {
        Assert.Equal(2, fixture.Result.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void EveryBugIsFoundAndEveryTwinPasses(string program)
    {
        Assert.Equal(VerdictKind.Bug, fixture.Cell($"{program}.Bug").Verdict);
        var twin = fixture.Cell($"{program}.Fixed");
        Assert.Equal(VerdictKind.Safe, twin.Verdict);
        Assert.Equal(300, twin.IterationsExplored);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void EveryBugsBundleReplays(string program)
    {
        var bundle = Path.Combine(fixture.Output, "bugs", $"test.{program}.Bug.bundle.json");
        Assert.True(File.Exists(bundle), fixture.Result.Error);
        var replay = CliProcess.RunWith(ConcurrencyBugsFixture.Cache, "replay", bundle, "--times", "3");
        Assert.True(replay.ExitCode == 2, replay.Output + replay.Error);
        Assert.Contains("reproduces 3/3", replay.Output);
    }

    [Fact]
    public void ALockOrderDeadlockComesBackTypedWithBothTasksFrames()
    {
        var cell = fixture.Cell("LockOrder.Bug");
        Assert.StartsWith("Deadlock: task 1 waits in Monitor.Enter at Accounts.Transfer", cell.BugMessage);
        Assert.Contains("while task 2 waits in Monitor.Enter at Accounts.Transfer", cell.BugMessage);
        var bundle = BugBundleJson.Read(Path.Combine(fixture.Output, "bugs", "test.LockOrder.Bug.bundle.json"));
        Assert.StartsWith("Deadlock:", bundle.Verdict.Message);
        var framed = bundle.Verdict.Stacks.Where(stack => stack.UserFrames is { Count: > 0 }).ToList();
        Assert.True(framed.Count >= 2, string.Join("\n", bundle.Verdict.Stacks));
        Assert.All(framed.Take(2), stack => Assert.Contains("LockOrder.Accounts.Transfer", stack.UserFrames![0]));
    }

    [Fact]
    public void ALostWakeupComesBackTypedWithTheWaiterAndTheSignaller()
    {
        var cell = fixture.Cell("LostWakeup.Bug");
        Assert.StartsWith("Lost wakeup: task", cell.BugMessage);
        Assert.Contains("waits in Monitor.Wait at Channel.ConsumeRacy", cell.BugMessage);
        Assert.Contains("signalled with Monitor.PulseAll at Channel.Produce", cell.BugMessage);
        var bundle = BugBundleJson.Read(Path.Combine(fixture.Output, "bugs", "test.LostWakeup.Bug.bundle.json"));
        Assert.StartsWith("Lost wakeup:", bundle.Verdict.Message);
    }

    [Fact]
    public void AnUnawaitedTaskThatCrashedIsTheBug()
    {
        Assert.StartsWith("A task started and never awaited crashed: System.NullReferenceException", fixture.Cell("UnawaitedTaskFault.Bug").BugMessage);
    }

    [Fact]
    public void TheReportsAreWritten()
    {
        foreach (var file in new[] { "run.json", "summary.md", "report.html", "junit.xml" })
        {
            Assert.True(File.Exists(Path.Combine(fixture.Output, file)), file);
        }
    }

    public static TheoryData<string> Programs() => [.. ConcurrencyBugsFixture.Programs];
}
