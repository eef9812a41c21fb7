namespace StressMaps.Status;

/// <summary>Where things sit in the trace journal file: the schedule's number, counts, then the steps as UTF-8 lines.</summary>
internal static class TraceJournalLayout
{
    /// <summary>The file's size: room for about 30,000 steps, fifteen times the default step bound.</summary>
    public const int Size = 1 << 20;

    /// <summary>The schedule's iteration plus one (0: no schedule started).</summary>
    public const int Iteration = 0;

    /// <summary>How many steps are on file.</summary>
    public const int Steps = 8;

    /// <summary>How many bytes of step text are on file.</summary>
    public const int Bytes = 12;

    /// <summary>1 when a step did not fit.</summary>
    public const int Truncated = 16;

    /// <summary>Where the step text starts.</summary>
    public const int Text = 64;
}
