using System.Text.RegularExpressions;

namespace StressMaps.Harness.Exploration;

/// <summary>Reads Coyote's bug report text.</summary>
public static partial class BugReportText
{
    /// <summary>The report's first line: the exception type and message, or the failed assertion.</summary>
    public static string FirstLine(string report)
    {
        var line = report.Split('\n', 2)[0].TrimEnd('\r');
        const string prefix = "Unhandled exception. ";
        line = line.StartsWith(prefix, StringComparison.Ordinal) ? line[prefix.Length..] : line;
        return ReadableTypeNames(line);
    }

    /// <summary>Writes CLR generic names as C# does: <c>System.Collections.Generic.Dictionary`2[System.String,System.Int32]</c> becomes <c>Dictionary&lt;String,Int32&gt;</c>.</summary>
    public static string ReadableTypeNames(string text) =>
        GenericName().Replace(text, match =>
            $"{match.Groups["name"].Value}<{string.Join(",", match.Groups["args"].Value.Split(',').Select(arg => arg[(arg.LastIndexOf('.') + 1)..]))}>");

    [GeneratedRegex(@"(?:[\w]+\.)*(?<name>\w+)`\d+\[(?<args>[\w.,]+)\]")]
    private static partial Regex GenericName();
}
