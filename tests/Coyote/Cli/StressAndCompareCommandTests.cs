namespace StressMaps.Tests.Cli;

public class StressAndCompareCommandTests
{
    [Theory]
    [InlineData("--runs must be a whole number", "stress", "--runs", "0")]
    [InlineData("--time-budget must be a number of seconds", "stress", "--time-budget", "-1")]
    [InlineData("--seeds must be a whole number", "compare", "--seeds", "0")]
    [InlineData("unknown strategy 'nope'", "compare", "--strategies", "nope")]
    public void BadStressAndCompareInputIsOneLineAndExitsOne(string expected, params string[] arguments)
    {
        var result = CliProcess.Run(arguments);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines));
    }
}
