using StressMaps.Tests.Cli;

namespace StressMaps.Tests.Cli.ConcurrentTests;

/// <summary>What <c>stressmaps test</c> says, in one line and exit 1, when the user names something it cannot run.</summary>
public sealed class TestCommandUsageTests
{
    [Fact]
    public void AMethodThatDoesNotExistIsOneLineNamingTheClosest()
    {
        var result = Run("--method", "StressMaps.ConcurrencyBugs.Programs.LockOrder.Bugg");
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("method 'StressMaps.ConcurrencyBugs.Programs.LockOrder.Bugg' not found", line);
        Assert.Contains("StressMaps.ConcurrencyBugs.Programs.LockOrder.Bug", line);
    }

    [Fact]
    public void AMethodThatTakesParametersIsRefused()
    {
        var result = Run("--method", "StressMaps.ConcurrencyBugs.Check.That");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("takes 2 parameters; a test takes none", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void NamingNoTestIsOneLine()
    {
        var result = Run();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--method", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void APatternThatMatchesNothingIsOneLine()
    {
        var result = Run("--methods", "Nowhere.*");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("matches no public static test method", Assert.Single(result.ErrorLines));
    }

    private static CliProcess.Result Run(params string[] arguments) =>
        CliProcess.RunWith(ConcurrencyBugsFixture.Cache, ["test", "--assembly", ConcurrencyBugsFixture.AssemblyPath, "-i", "10", "-o", Path.Combine(Path.GetTempPath(), $"stressmaps-usage-{Guid.NewGuid():N}"), .. arguments]);
}
