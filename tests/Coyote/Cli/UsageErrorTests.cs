namespace StressMaps.Tests.Cli;

public class UsageErrorTests
{
    [Theory]
    [InlineData("unknown map 'nope'", "--maps", "nope")]
    [InlineData("unknown scenario 'nope'", "--scenarios", "nope")]
    [InlineData("unknown strategy 'nope'", "--strategy", "nope")]
    [InlineData("--iterations must be a whole number", "--iterations", "0")]
    [InlineData("--iterations must be a whole number", "-i", "-5")]
    [InlineData("--max-steps must be a whole number", "--max-steps", "0")]
    public void BadRunInputIsOneLineNamingTheProblemAndExitsOne(string expected, params string[] arguments)
    {
        var result = CliProcess.Run(["run", .. arguments]);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Theory]
    [InlineData("--maps", "nope", "unsafe, locked, rwlocked, concurrent, immutable, cow, clone, readonly-view, unlocked-clone")]
    [InlineData("--strategy", "nope", "portfolio, random, prioritization, fair-prioritization, probabilistic, delay-bounding, q-learning")]
    public void UnknownNameErrorListsTheValidChoices(string option, string value, string choices)
    {
        var result = CliProcess.Run("run", option, value);

        Assert.Contains(choices, result.Error);
    }

    [Fact]
    public void UnparsableNumberIsOneLineAndExitsOne()
    {
        var result = CliProcess.Run("run", "--iterations", "many");

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("many", result.Error);
    }
}
