namespace StressMaps.Harness.Reports.Exporters;

/// <summary>Escapes workflow-command text as GitHub Actions requires.</summary>
public static class GitHubEscaper
{
    /// <summary>A message: '%', CR and LF escaped.</summary>
    public static string Message(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value: as a message, plus ':' and ','.</summary>
    public static string Property(string text) =>
        Message(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
