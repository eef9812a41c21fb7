namespace StressMaps.Harness.Sessions;

/// <summary>Where a session writes what the user reads.</summary>
/// <param name="Progress">A line per cell as it lands, and notes on the way (standard error for the tool).</param>
/// <param name="Out">What the reports print, the files written, the closing notes (standard output for the tool).</param>
/// <param name="Environment">The environment variables, by name (GitHub output reads them).</param>
public sealed record SessionOutput(TextWriter Progress, TextWriter Out, Func<string, string?> Environment)
{
    /// <summary>Progress and output both into <paramref name="writer"/>, under the process's environment.</summary>
    public static SessionOutput To(TextWriter writer) => new(writer, writer, System.Environment.GetEnvironmentVariable);
}

/// <summary>The session's input is unusable; the message is one line for the user (exit code 1).</summary>
public sealed class BadInputException(string message) : Exception(message);
