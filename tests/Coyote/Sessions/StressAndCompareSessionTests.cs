using StressMaps.Harness.Measuring.Comparison;
using StressMaps.Harness.Files;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Sessions;
using StressMaps.Harness.Measuring.Stress;
using StressMaps.Harness.Targets;
using StressMaps.Tests.Measuring.Stress;

namespace StressMaps.Tests.Sessions;

[Collection(StressCollection.Name)]
public class StressAndCompareSessionTests
{
    [Fact]
    public void StressWritesARowPerCellWithItsRunsAndLockFigures()
    {
        using var folder = new TempFolder();

        var outcome = StressSession.Run(
            [ScenarioCatalog.Find("atomic-update")!],
            [TargetCatalog.Find("unsafe")!, TargetCatalog.Find("locked")!],
            new StressOptions(50),
            OutputFolder.Prepare(folder.Path),
            TextWriter.Null);

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(File.Exists(folder.File("stress.json")));
        Assert.Collection(
            outcome.Document.Cells,
            skipped => Assert.Equal(("unsafe", 0), (skipped.Map, skipped.Runs)),
            locked =>
            {
                Assert.Equal(("locked", 50, 0), (locked.Map, locked.Runs, locked.FailedRuns));
                Assert.NotNull(locked.LockWaitMilliseconds);
            });
    }

    [Fact]
    public void CompareWritesJsonMarkdownAndHtmlWithAHistogramPerCell()
    {
        using var folder = new TempFolder();
        var options = new ComparisonOptions(["portfolio"], 3, 50, 20261126, 2000, TimeSpan.FromSeconds(0.05), StressOptions.DefaultRunTimeout);

        var outcome = CompareSession.Run(
            [(ScenarioCatalog.Find("lost-update")!, TargetCatalog.Find("locked")!)], options, OutputFolder.Prepare(folder.Path), TextWriter.Null);

        Assert.Equal(0, outcome.ExitCode);
        var cell = Assert.Single(outcome.Document.Cells);
        Assert.Equal((3, 3), (cell.Exploration[0].Trials, cell.Exploration[0].Detected));
        Assert.Equal(3, cell.Stress.Trials);
        Assert.Contains("| lost-update × locked | exploration (portfolio) | 3/3 |", File.ReadAllText(folder.File("compare.md")));
        Assert.Contains("<svg", File.ReadAllText(folder.File("compare.html")));
        Assert.True(File.Exists(folder.File("compare.json")));
    }
}
