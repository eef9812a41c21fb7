namespace StressMaps.Tests.Cli;

public class BundleUsageErrorTests
{
    [Theory]
    [InlineData("unknown format 'pdf'. Valid formats: markdown, html, junit, sarif, console, github", "run", "--format", "pdf")]
    [InlineData("--times must be a whole number from 1 to 100000", "replay", "x.bundle.json", "--times", "0")]
    [InlineData("bundle 'x.bundle.json' does not exist", "shrink", "x.bundle.json")]
    public void BadInputIsOneLineNamingTheProblemAndExitsOne(string expected, params string[] arguments)
    {
        var result = CliProcess.Run(arguments);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines));
        Assert.DoesNotContain("   at ", result.Error);
    }
}
