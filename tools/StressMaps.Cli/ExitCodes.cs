namespace StressMaps.Cli;

/// <summary>The process exit codes, as the README documents them.</summary>
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
}
