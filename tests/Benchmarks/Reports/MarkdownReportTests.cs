using System.Diagnostics;
using System.Globalization;
using StressMaps.Benchmarks.Reports;
using StressMaps.Benchmarks.Throughput;

namespace StressMaps.Tests.Benchmarks.Reports;

public class MarkdownReportTests
{
    private static readonly OperationCost[] Costs =
    [
        new("locked", "get-hit", 13.9, 0),
        new("dictionary", "get-hit", 10.0, 0),
        new("dictionary", "snapshot", 4000.0, 26_000),
        new("immutable", "snapshot", 1.5, 0),
        new("locked", "snapshot", 5000.0, 26_100),
    ];

    private const string ExpectedSingleThread =
        """
        | map | get-hit | get-miss | set | snapshot | enumerate |
        | --- | ---: | ---: | ---: | ---: | ---: |
        | dictionary | 1.00 | n/a | n/a | 1.00 | n/a |
        | locked | 1.39 | n/a | n/a | 1.25 | n/a |
        | immutable | n/a | n/a | n/a | <0.01 | n/a |

        | map | get-hit ns, B | get-miss ns, B | set ns, B | snapshot ns, B | enumerate ns, B |
        | --- | ---: | ---: | ---: | ---: | ---: |
        | dictionary | 10.0, 0 | n/a | n/a | 4000.0, 26000 | n/a |
        | locked | 13.9, 0 | n/a | n/a | 5000.0, 26100 | n/a |
        | immutable | n/a | n/a | n/a | 1.5, 0 | n/a |

        """;

    [Theory]
    [InlineData("")]
    [InlineData("de-DE")]
    public void TheSingleThreadTablePutsBaselinesFirstAndUsesInvariantNumbers(string culture)
    {
        var table = InCulture(culture, () => MarkdownReport.SingleThread(Costs));

        Assert.Equal(ExpectedSingleThread.ReplaceLineEndings("\n"), table);
    }

    [Theory]
    [InlineData("")]
    [InlineData("de-DE")]
    public void TheThroughputTableGivesRatiosToTheOneThreadDictionaryInTheSameMix(string culture)
    {
        ThroughputResult[] results =
        [
            Result("dictionary", ReadWriteMix.ReadMostly, 1, 25_000_000, latencyNanoseconds: 50),
            Result("locked", ReadWriteMix.ReadMostly, 2, 12_500_000, latencyNanoseconds: 60),
            Result("dictionary", ReadWriteMix.Balanced, 1, 20_000_000, latencyNanoseconds: 50),
            Result("locked", ReadWriteMix.Balanced, 2, 5_000_000, latencyNanoseconds: 60),
        ];

        var table = InCulture(culture, () => MarkdownReport.Throughput(results, timerFloorNanoseconds: 30.4));

        var lines = table.Split('\n');
        Assert.Equal("| map | mix | threads | Mops/s | ratio | p50 ns | p99 ns |", lines[0]);
        Assert.Equal($"| locked | 90/10 | 2 | 12.50 | 0.50 | {Ns(60)} | {Ns(60)} |", lines[3]);
        Assert.Equal($"| locked | 50/50 | 2 | 5.00 | 0.25 | {Ns(60)} | {Ns(60)} |", lines[5]);
        Assert.Contains("include the clock read, 30 ns here.", table);
    }

    [Theory]
    [InlineData("")]
    [InlineData("de-DE")]
    public void ThePairedTableShowsEachMedianRatioWithInvariantNumbers(string culture)
    {
        PairedRatio[] ratios = [new("locked", "get-hit", 1.394), new("dictionary", "get-hit", 1.004)];

        var table = InCulture(culture, () => MarkdownReport.Paired(ratios));

        Assert.Equal(
            "| map | get-hit | get-miss | set | snapshot | enumerate | get-hit (concrete) | get-miss (concrete) |\n" +
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n" +
            "| dictionary | 1.00 | n/a | n/a | n/a | n/a | n/a | n/a |\n" +
            "| locked | 1.39 | n/a | n/a | n/a | n/a | n/a | n/a |\n",
            table);
    }

    [Fact]
    public void ThePairedTableShowsConcreteReadsInTheirOwnColumnsBesideTheInterfaceOnes()
    {
        PairedRatio[] ratios =
        [
            new("cow", "get-hit", 2.21),
            new("cow", "get-miss", 1.80),
            new("cow", Operations.Concrete("get-hit"), 1.12),
            new("cow", Operations.Concrete("get-miss"), 1.05),
        ];

        var lines = MarkdownReport.Paired(ratios).Split('\n');

        Assert.Equal("| map | get-hit | get-miss | set | snapshot | enumerate | get-hit (concrete) | get-miss (concrete) |", lines[0]);
        Assert.Equal("| cow | 2.21 | 1.80 | n/a | n/a | n/a | 1.12 | 1.05 |", lines[2]);
    }

    [Theory]
    [InlineData(null, "n/a")]
    [InlineData(0.004, "<0.01")]
    [InlineData(1.394, "1.39")]
    [InlineData(12.5, "12.50")]
    public void RatiosPrintWithTwoDecimals(double? ratio, string expected) =>
        Assert.Equal(expected, InCulture("de-DE", () => MarkdownReport.FormatRatio(ratio)));

    [Fact]
    public void TheMachineLineNamesCoresCpuAndRuntime() =>
        Assert.Equal(
            "Machine: 2 cores, AMD EPYC, .NET 10.0.12, Debian GNU/Linux 12 (bookworm).\n",
            MarkdownReport.Machine(new MachineInfo(2, "AMD EPYC", ".NET 10.0.12", "Debian GNU/Linux 12 (bookworm)")));

    private static ThroughputResult Result(string subject, ReadWriteMix mix, int threads, long operationsInOneSecond, long latencyNanoseconds)
    {
        var latency = new LatencyHistogram();
        latency.Record(latencyNanoseconds * Stopwatch.Frequency / 1_000_000_000);
        return new ThroughputResult(subject, mix, threads, operationsInOneSecond, TimeSpan.FromSeconds(1), latency);
    }

    // The latency as the table prints it, after the round trip through Stopwatch ticks and the histogram.
    private static string Ns(long nanoseconds)
    {
        var latency = new LatencyHistogram();
        latency.Record(nanoseconds * Stopwatch.Frequency / 1_000_000_000);
        return ThroughputResult.TicksToNanoseconds(latency.Percentile(50)).ToString("0", CultureInfo.InvariantCulture);
    }

    private static T InCulture<T>(string culture, Func<T> render)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture == "" ? CultureInfo.InvariantCulture : new CultureInfo(culture);
        try
        {
            return render();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
