using System.Globalization;
using System.Text.RegularExpressions;

namespace StressMaps.Harness.Exploration.Traces;

/// <summary>
/// One step of a Coyote trace: <c>op(id:seq),sp(kind),next(id:seq)</c> for a scheduling choice,
/// or <c>op(id:seq),bool(..)</c> / <c>op(id:seq),int(..)</c> for a value choice.
/// </summary>
/// <param name="Text">The step as written in the trace.</param>
/// <param name="Operation">The id of the operation that was running.</param>
/// <param name="SchedulingPoint">The kind of scheduling point, or null for a value choice.</param>
/// <param name="Next">The id of the operation chosen to run next, or null for a value choice.</param>
public sealed partial record TraceStep(string Text, ulong Operation, string? SchedulingPoint, ulong? Next)
{
    /// <summary>The scheduling point kinds Coyote 1.7 writes.</summary>
    public static IReadOnlyList<string> SchedulingPointKinds { get; } =
    [
        "Default", "Create", "Start", "ContinueWith", "Interleave", "Yield", "Read", "Write", "Pause",
        "Acquire", "Send", "Receive", "Complete", "Halt", "InjectFailure",
    ];

    /// <summary>Whether the step hands control to another operation.</summary>
    public bool IsSwitch => Next is { } next && next != Operation;

    /// <summary>
    /// Parses one step; null when it is not a well-formed step (Coyote itself would throw an
    /// unhandled exception on it).
    /// </summary>
    public static TraceStep? TryParse(string text)
    {
        var match = StepPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        if (!ulong.TryParse(match.Groups["op"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var operation)
            || !ulong.TryParse(match.Groups["opseq"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        if (!match.Groups["sp"].Success)
        {
            return match.Groups["int"].Success && !int.TryParse(match.Groups["int"].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                ? null
                : new TraceStep(text, operation, null, null);
        }

        var kind = match.Groups["sp"].Value;
        if (!SchedulingPointKinds.Contains(kind)
            || !ulong.TryParse(match.Groups["next"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var next)
            || !ulong.TryParse(match.Groups["nextseq"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        return new TraceStep(text, operation, kind, next);
    }

    [GeneratedRegex(@"^op\((?<op>\d+):(?<opseq>\d+)\),(?:sp\((?<sp>\w+)\),next\((?<next>\d+):(?<nextseq>\d+)\)|bool\((?:True|False|true|false)\)|int\((?<int>-?\d+)\))$")]
    private static partial Regex StepPattern();
}
