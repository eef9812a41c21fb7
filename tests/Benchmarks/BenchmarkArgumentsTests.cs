using StressMaps.Benchmarks;

namespace StressMaps.Tests.Benchmarks;

public class BenchmarkArgumentsTests
{
    [Fact]
    public void NoArgumentsRunEveryPartInFullModeIntoTheDefaultFolder() =>
        Assert.Equal(new BenchmarkArguments(false, "stressmaps-out", true, true), BenchmarkArguments.Parse([]));

    [Fact]
    public void QuickOutputAndOnlyAreRead() =>
        Assert.Equal(
            new BenchmarkArguments(true, "out", false, true, RunPaired: false, OutOfProcess: true),
            BenchmarkArguments.Parse(["--quick", "-o", "out", "--only", "throughput", "--out-of-process"]));

    [Theory]
    [InlineData("unknown part 'nope'", "--only", "nope")]
    [InlineData("unknown argument '--fast'", "--fast")]
    [InlineData("--output needs a value", "--output")]
    public void BadArgumentsSayWhatIsWrong(string expected, params string[] args) =>
        Assert.Contains(expected, Assert.Throws<ArgumentException>(() => BenchmarkArguments.Parse(args)).Message);
}
