using StressMaps.Harness.Sessions;
using StressMaps.Tests.Reports.Exporters;

namespace StressMaps.Tests.Sessions;

public class ExitCodesTests
{
    [Theory]
    [InlineData(OutcomeKind.AsExpected, 0)]
    [InlineData(OutcomeKind.BadInput, 1)]
    [InlineData(OutcomeKind.UnexpectedBug, 2)]
    [InlineData(OutcomeKind.InternalError, 3)]
    [InlineData(OutcomeKind.ExpectedBugMissed, 4)]
    [InlineData(OutcomeKind.StoppedEarly, 5)]
    public void EachOutcomeHasTheCodeTheReadmeDocuments(OutcomeKind kind, int code) => Assert.Equal(code, ExitCodes.Of(kind));

    [Fact]
    public void AnUnexpectedBugOutranksTheRestAndAStoppedRunOutranksEverything()
    {
        var run = SampleReport.Create().Run;

        Assert.Equal(OutcomeKind.UnexpectedBug, ExitCodes.Judge(run));
        Assert.Equal(OutcomeKind.StoppedEarly, ExitCodes.Judge(run with { Partial = true }));
        Assert.Equal(OutcomeKind.AsExpected, ExitCodes.Judge(run with { Cells = run.Cells.Where(cell => cell.Matches).ToList() }));
    }

    [Fact]
    public void AMissedBugIsItsOwnOutcome()
    {
        var run = SampleReport.Create().Run;
        var missed = run.Cells[0] with { Verdict = Harness.Verdicts.VerdictKind.Safe, Matches = false };

        Assert.Equal(OutcomeKind.ExpectedBugMissed, ExitCodes.Judge(run with { Cells = [missed] }));
    }
}
