using System.Text.RegularExpressions;

namespace StressMaps.Harness.Exporters.Sarif;

/// <summary>Reads source positions out of .NET stack traces (frames that have symbols end in <c>in FILE:line N</c>).</summary>
public static partial class StackFrames
{
    // The harness and the frameworks are where a bug surfaces, not where it is written.
    private static readonly string[] NotUserCode = ["StressMaps.Harness.", "Microsoft.Coyote.", "System.", "Microsoft."];

    /// <summary>The first frame of <paramref name="stack"/> with a source position in code other than the harness's, Coyote's or the framework's.</summary>
    public static SourceLocation? FirstUserFrame(string? stack)
    {
        if (stack is null)
        {
            return null;
        }

        return Frame().Matches(stack)
            .Where(match => !NotUserCode.Any(prefix => match.Groups["method"].Value.StartsWith(prefix, StringComparison.Ordinal)))
            .Select(match => new SourceLocation(match.Groups["file"].Value.Trim(), int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .FirstOrDefault();
    }

    [GeneratedRegex(@"^\s*at (?<method>\S+?)\(.*?\) in (?<file>.+?):line (?<line>\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Frame();
}
