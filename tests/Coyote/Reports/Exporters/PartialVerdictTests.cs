using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Reports.Exporters.Sarif;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Tests.Reports.Exporters;

public class PartialVerdictTests
{
    private static RunDocument Run()
    {
        var sample = SampleReport.Create().Run;
        var safe = sample.Cells.First(cell => cell.Verdict == VerdictKind.Safe);
        var target = new ClassTargetRecord(safe.Map, "My.Booking", ["Booked -> int"], ["skipped BookAsync: excluded by --exclude"], [], [], [])
        {
            PublicMembers = 2,
            Unexplored = ["BookAsync"],
        };
        return PartialVerdict.Mark(sample with { ClassTargets = [target] });
    }

    [Fact]
    public void ASafeCellOfATargetThatLeftOutAWriterReadsPartialAndOthersDoNot()
    {
        var run = Run();
        var safe = run.Cells.First(cell => cell.Verdict == VerdictKind.Safe);

        Assert.Equal("safe, partial: 1 member not explored (BookAsync)", PartialVerdict.Words(safe));
        Assert.StartsWith("safe, partial", MatrixCells.Label(safe));
        Assert.All(run.Cells.Where(cell => cell.Verdict == VerdictKind.Bug || cell.Map != safe.Map), cell => Assert.Null(PartialVerdict.Words(cell)));
        Assert.True(PartialVerdict.Any(run));
    }

    [Fact]
    public void EveryReportSaysSo()
    {
        var report = new RunReport(Run(), []);

        Assert.Contains("partial: 1 member not explored (BookAsync)", new JUnitExporter().Render(report));
        Assert.Contains("safe, partial: 1 member not explored (BookAsync)", new MarkdownExporter().Render(report));
        Assert.Contains("safe, partial: 1 member not explored (BookAsync)", new HtmlExporter().Render(report));
        var sarif = new SarifExporter().Render(report);
        Assert.Contains($"\"ruleId\": \"{PartialNotes.RuleId}\"", sarif);
        Assert.Contains("safe, partial: 1 member not explored (BookAsync)", sarif);
    }

    [Fact]
    public void ARunWhoseClassTargetsExploredEveryWriterIsNotPartial()
    {
        var sample = SampleReport.Create().Run;

        Assert.False(PartialVerdict.Any(PartialVerdict.Mark(sample)));
    }
}
