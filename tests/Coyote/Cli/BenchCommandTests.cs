namespace StressMaps.Tests.Cli;

public class BenchCommandTests
{
    [Fact]
    public void AnUnknownPartIsOneLineListingThePartsAndExitsOne()
    {
        var result = CliProcess.Run("bench", "--only", "nope");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("unknown part 'nope'. Valid parts: maps, paired, throughput, overhead, phases, coverage.", line);
    }
}
