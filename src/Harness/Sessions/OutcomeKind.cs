namespace StressMaps.Harness.Sessions;

/// <summary>How a session ended; <see cref="ExitCodes.Of"/> turns it into the process exit code.</summary>
public enum OutcomeKind
{
    /// <summary>Every verdict matches its expectation (or the command did what it was asked).</summary>
    AsExpected,

    /// <summary>Bad usage or input: the user's mistake, said in one line.</summary>
    BadInput,

    /// <summary>A bug where none was expected (for replay: the bug reproduces).</summary>
    UnexpectedBug,

    /// <summary>StressMaps itself failed.</summary>
    InternalError,

    /// <summary>An expected bug was not found.</summary>
    ExpectedBugMissed,

    /// <summary>Stopped early by Ctrl+C or SIGTERM: what finished is written and marked partial.</summary>
    StoppedEarly,
}
