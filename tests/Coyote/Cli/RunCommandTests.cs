namespace StressMaps.Tests.Cli;

public class RunCommandTests
{
    [Fact]
    public void ListNamesEveryMapScenarioAndStrategy()
    {
        var result = CliProcess.Run("list");

        Assert.Equal(0, result.ExitCode);
        foreach (var name in new[] { "unlocked-clone", "aliased-snapshot", "lost-update", "q-learning" })
        {
            Assert.Contains(name, result.Output);
        }
    }

    [Fact]
    public void AnOutputFolderThatIsAFileIsOneLineAndExitsOneBeforeAnyWork()
    {
        var file = Path.GetTempFileName();
        try
        {
            var result = CliProcess.Run("run", "-o", file);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("is a file", Assert.Single(result.ErrorLines));
            Assert.DoesNotContain("[1/", result.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void AnUnknownCommandWordIsNamedInTheError()
    {
        var result = CliProcess.Run("frobnicate");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unknown command 'frobnicate'", Assert.Single(result.ErrorLines));
    }
}
