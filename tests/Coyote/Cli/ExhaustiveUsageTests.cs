namespace StressMaps.Tests.Cli;

public class ExhaustiveUsageTests
{
    [Theory]
    [InlineData("spread a run over named types (--type)", "--budget", "60s")]
    [InlineData("leave out --strategy and --iterations", "--exhaustive", "-s", "random")]
    [InlineData("leave out --strategy and --iterations", "--exhaustive", "-i", "100")]
    [InlineData("'60x' is no budget", "--exhaustive", "--budget", "60x")]
    [InlineData("at most one time limit", "--exhaustive", "--budget", "60s,2m")]
    [InlineData("leave out --parallel", "--exhaustive", "--parallel", "2")]
    [InlineData("--reduction takes dpor or none, not 'fast'", "--exhaustive", "--reduction", "fast")]
    [InlineData("--reduction applies to --exhaustive only", "--reduction", "none")]
    public void BadProofInputIsOneLineAndExitsOne(string expected, params string[] arguments)
    {
        var result = CliProcess.Run(["run", "-c", "writer-vs-reader", "-m", "locked", .. arguments]);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(expected, line);
    }
}
