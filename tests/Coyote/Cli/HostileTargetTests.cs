using StressMaps.Harness.Verdicts;

namespace StressMaps.Tests.Cli;

/// <summary>
/// The user's code may spin, sleep, exit, overflow its stack or allocate without bound: each of those gets
/// its own verdict naming the operation that was running, and every other cell of the run is kept.
/// </summary>
public class HostileTargetTests(HostileRunFixture fixture) : IClassFixture<HostileRunFixture>
{
    [Theory]
    [InlineData("SpinningSetterMap")]
    [InlineData("SleepingSetterMap")]
    public void SetterThatNeverReturnsInThePreCheckIsAHangNamingTheWrite(string type)
    {
        var cell = fixture.Cell("pre-check", $"StressMaps.TestMaps.Hostile.{type}`2");

        Assert.Equal(VerdictKind.Hang, cell.Verdict);
        Assert.Equal("set(stressmaps-probe, 0)", cell.Killed!.Operation);
        Assert.StartsWith("the pre-check of", cell.Killed.Phase);
        Assert.True(cell.ElapsedSeconds >= HostileRunFixture.HangTimeoutSeconds, $"killed after {cell.ElapsedSeconds} s, before the timeout");
    }

    [Theory]
    [InlineData("SpinningCountMap", VerdictKind.Hang, null)]
    [InlineData("ExitingCountMap", VerdictKind.Crashed, 7)]
    [InlineData("OverflowingCountMap", VerdictKind.StackOverflow, null)]
    [InlineData("HoardingCountMap", VerdictKind.OutOfMemory, null)]
    public void HostileCountGetsItsOwnVerdictNamingTheOperation(string type, VerdictKind verdict, int? exitCode)
    {
        var cell = fixture.Cell("count-after-adds", $"{type}<string,int>");

        Assert.Equal(verdict, cell.Verdict);
        Assert.False(cell.Matches);
        Assert.Equal("count()", cell.Killed!.Operation);
        Assert.Contains("while running count()", cell.BugMessage);
        if (exitCode is not null)
        {
            Assert.Equal(exitCode, cell.Killed.ExitCode);
        }
    }

    [Theory]
    [InlineData("SpinningCountMap")]
    [InlineData("ExitingCountMap")]
    [InlineData("OverflowingCountMap")]
    [InlineData("HoardingCountMap")]
    [InlineData("LockedCoreMap")]
    public void CellsThatNeverCallTheHostileMemberAreKeptWithTheirVerdict(string type)
    {
        var cell = fixture.Cell("concurrent-writes", $"{type}<string,int>");

        Assert.Equal(VerdictKind.Safe, cell.Verdict);
        Assert.Equal(20, cell.IterationsExplored);
        Assert.Null(cell.Killed);
    }

    [Fact]
    public void SetterThatThrowsIsABugOfTheMapNotAnInternalError()
    {
        var cell = fixture.Cell("count-after-adds", "ThrowingSetterMap<string,int>");

        Assert.Equal(VerdictKind.Bug, cell.Verdict);
        Assert.Contains("InvalidOperationException: the settings are frozen", cell.BugMessage);
        Assert.DoesNotContain("internal error", fixture.Result.Error);
    }

    [Fact]
    public void RunExitsTwoWritesAWholeRunFileAndPrintsNoStacks()
    {
        Assert.True(fixture.Result.ExitCode == 2, fixture.Result.Output + fixture.Result.Error);
        Assert.False(fixture.Run!.Partial);
        Assert.Equal(2 + (2 * 6), fixture.Run.Cells.Count);
        Assert.DoesNotContain("   at ", fixture.Result.Error);
        // The runtime prints megabytes of frames on a stack overflow; none of it reaches the user.
        Assert.True(fixture.Result.Error.Length < 20_000, $"stderr is {fixture.Result.Error.Length} characters");
    }
}
