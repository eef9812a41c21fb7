using StressMaps.Harness.Files;
using System.Globalization;
using StressMaps.Harness.Measuring.Comparison;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Reports.RunFiles;

namespace StressMaps.Tests.Reports.Exporters;

public class ComparisonMarkdownTests
{
    private const string Expected = """
        # Exploration against stress

        4 trials per method and cell: exploration with spread seeds, up to 100 iterations each; stress over the same time. 2 cores, .NET 10, 12 s in all.

        | cell | method | found | median to bug | p95 to bug | median time to bug | p95 time to bug | made in all |
        |---|---|---:|---:|---:|---:|---:|---:|
        | lost-update × locked | exploration (portfolio) | 4/4 | 2 iterations | 9 iterations | 200.0 ms | 1.50 s | 15 iterations in 2.0 s |
        | lost-update × locked | stress (500 ms a trial) | 1/4 | not reached | not reached | not reached | not reached | 12,345 runs in 1.8 s |

        "not reached": fewer trials found the bug than the percentile needs (trials that found nothing rank last).

        ## Time to first bug, stress against exploration

        Each method's seconds over all its trials, per trial that found the bug (the first strategy for exploration); "≥": stress found nothing, so it took longer than all its time.

        | cell | exploration, per found bug | stress, per found bug | stress ÷ exploration |
        |---|---:|---:|---:|
        | lost-update × locked | 503.1 ms | 1.80 s | 3.6× |

        Stress ÷ exploration: median 3.6×, smallest 3.6× (lost-update × locked), over 1 cell.

        """;

    [Theory]
    [InlineData("")]
    [InlineData("de-DE")]
    public void RendersTheFixedComparisonTheSameInEveryCulture(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(Expected.ReplaceLineEndings("\n"), ComparisonMarkdown.Render(Fixed()));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static ComparisonDocument Fixed() => new()
    {
        ToolVersion = "0.1.0",
        CoyoteVersion = "1.7.11",
        StartedAt = DateTimeOffset.UnixEpoch,
        ElapsedSeconds = 12.3,
        Machine = new MachineRecord(2, "Linux", ".NET 10"),
        Strategies = ["portfolio"],
        Seeds = 4,
        Iterations = 100,
        RunSeed = 1,
        MaxSteps = 2000,
        StressBudget = "over the same time",
        Cells =
        [
            new ComparisonCell
            {
                Scenario = "lost-update",
                Map = "locked",
                Reason = "read-then-write is two calls",
                CellSeed = 7,
                Exploration = [TrialSummary.Of("exploration", "portfolio", "iterations", [new(true, 1, 0.0125), new(true, 2, 0.2), new(true, 3, 0.3), new(true, 9, 1.5)], attemptCap: 100)],
                Stress = TrialSummary.Of("stress", null, "runs", [new(true, 45, 0.3), new(false, 4000, 0.5), new(false, 4100, 0.5), new(false, 4200, 0.5)], trialBudgetSeconds: 0.5),
            },
        ],
    };
}
