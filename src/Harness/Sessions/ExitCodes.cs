using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Sessions;

/// <summary>The process exit codes, as the README documents them, and the one rule that picks them.</summary>
public static class ExitCodes
{
    /// <summary>Every verdict matches its expectation.</summary>
    public const int Success = 0;

    /// <summary>Bad usage or input.</summary>
    public const int UsageError = 1;

    /// <summary>A bug where none was expected.</summary>
    public const int UnexpectedBug = 2;

    /// <summary>StressMaps itself failed.</summary>
    public const int InternalError = 3;

    /// <summary>An expected bug was not found.</summary>
    public const int ExpectedBugMissed = 4;

    /// <summary>Stopped early (Ctrl+C or SIGTERM); the files written are marked partial.</summary>
    public const int StoppedEarly = 5;

    /// <summary>The exit code of <paramref name="kind"/>.</summary>
    public static int Of(OutcomeKind kind) => kind switch
    {
        OutcomeKind.AsExpected => Success,
        OutcomeKind.BadInput => UsageError,
        OutcomeKind.UnexpectedBug => UnexpectedBug,
        OutcomeKind.ExpectedBugMissed => ExpectedBugMissed,
        OutcomeKind.StoppedEarly => StoppedEarly,
        _ => InternalError,
    };

    /// <summary>
    /// How a run ended, judged from its run.json: stopped early when partial, else an unexpected bug in a
    /// whole cell expected safe or in a cell whose worker the user's code stopped, else a missed bug, else as expected. Slices of cells split across shards
    /// wait for <c>stressmaps merge</c> and do not count.
    /// </summary>
    public static OutcomeKind Judge(RunDocument run)
    {
        var whole = run.Cells.Where(cell => cell.Slice is null).ToList();
        var safeExpected = RunDocumentBuilder.ExpectationName(Expectation.SafeExpected);
        return run.Partial ? OutcomeKind.StoppedEarly
            : whole.Any(cell => !cell.Matches && (cell.Expectation == safeExpected || cell.Verdict.StopsTheWorker())) ? OutcomeKind.UnexpectedBug
            : whole.Any(cell => !cell.Matches) ? OutcomeKind.ExpectedBugMissed
            : OutcomeKind.AsExpected;
    }
}
