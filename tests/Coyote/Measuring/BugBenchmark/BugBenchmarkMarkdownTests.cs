using System.Globalization;
using StressMaps.Harness.Measuring.BugBenchmark;

namespace StressMaps.Tests.Measuring.BugBenchmark;

public class BugBenchmarkMarkdownTests
{
    [Theory]
    [InlineData("")]
    [InlineData("de-DE")]
    public void RendersCellsWithInvariantNumbersInEveryCulture(string culture)
    {
        var markdown = InCulture(culture, () => BugBenchmarkMarkdown.Render(Fixed()));
        Assert.Contains("| LockOrder | 1 | 3/3 · 0.05 s (7) · 0.25 s (19) ↺ | 1/3 · 1.50 s (36366) · 1.50 s (36366) |", markdown);
        Assert.Contains("2 s of wall time per program and seed", markdown);
    }

    [Fact]
    public void ShowsTheProgramsNeedingTwoOrMorePreemptionsApart()
    {
        var markdown = BugBenchmarkMarkdown.Render(Fixed());
        var deep = markdown.IndexOf("### Programs needing two or more preemptions", StringComparison.Ordinal);
        Assert.True(deep > markdown.IndexOf("| LockOrder |", StringComparison.Ordinal));
        Assert.True(markdown.IndexOf("| ThreeLockCycle |", StringComparison.Ordinal) > deep);
    }

    [Fact]
    public void MarksAFalseBugOnATwinAndCountsIt()
    {
        var markdown = BugBenchmarkMarkdown.Render(Fixed());
        Assert.Contains("| ThreeLockCycle | 2 | 2/3 · 0.10 s (40) · 0.20 s (80) ↺1/2 **FALSE** | 0/3 |", markdown);
        Assert.Contains("| stressmaps | 2/2 | 1/2 | 1 |", markdown);
        Assert.Contains("| stress | 1/2 | 0/2 | 0 |", markdown);
    }

    private static BugBenchmarkDocument Fixed() => new(
        DateTimeOffset.UnixEpoch,
        "stressmaps bench --bugs --budget 2",
        2,
        [1, 2, 3],
        2,
        [BugColumns.Default, BugColumns.Stress],
        [
            new BugProgramResult("LockOrder", "SCTBench CS/deadlock01", 1, "P.LockOrder.Bug", "P.LockOrder.Fixed", new Dictionary<string, BugColumnResult>
            {
                [BugColumns.Default] = new(3, 3, 7, 19, 0.05, 0.25, 3, null, 900, "Deadlock: ..."),
                [BugColumns.Stress] = new(1, 3, 36366, 36366, 1.5, 1.5, null, null, 50000, "no return"),
            }),
            new BugProgramResult("ThreeLockCycle", "SCTBench CS/carter01", 2, "P.ThreeLockCycle.Bug", "P.ThreeLockCycle.Fixed", new Dictionary<string, BugColumnResult>
            {
                [BugColumns.Default] = new(2, 3, 40, 80, 0.1, 0.2, 1, "Deadlock: on the twin", 10, "Deadlock: ..."),
                [BugColumns.Stress] = new(0, 3, null, null, null, null, null, null, 50000, null),
            }),
        ]);

    private static T InCulture<T>(string culture, Func<T> render)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
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
