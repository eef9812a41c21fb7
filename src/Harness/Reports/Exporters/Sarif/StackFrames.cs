using System.Text.RegularExpressions;

namespace StressMaps.Harness.Reports.Exporters.Sarif;

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

    /// <summary>
    /// The innermost user frame with a source position that the bundle's replay captured: the racing task
    /// switched away first when there was a race on a field, else the lowest-numbered task.
    /// </summary>
    public static SourceLocation? FirstUserFrame(Bundles.VerdictRecord verdict) =>
        verdict.Stacks
            .OrderBy(stack => stack.Task == verdict.Race?.SwitchedAway ? 0 : 1)
            .ThenBy(stack => stack.Task)
            .Select(stack => stack.UserFrames is { Count: > 0 } frames ? FirstUserFrame(string.Join('\n', frames.Select(frame => "   at " + frame))) : null)
            .FirstOrDefault(found => found is not null);

    [GeneratedRegex(@"^\s*at (?<method>\S+?)\(.*?\) in (?<file>.+?):line (?<line>\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Frame();
}
