using System.Text.RegularExpressions;
using StressMaps.Harness.Exploration.Traces;

namespace StressMaps.Harness.Bundles.Replay;

/// <summary>Where and why a replay left its trace, read from Coyote's verbose log.</summary>
/// <param name="Step">0-based step of the trace where the run went elsewhere.</param>
/// <param name="Expected">The step as the trace has it.</param>
/// <param name="Found">What the run did instead, in Coyote's words.</param>
/// <param name="LikelyCause">What usually causes that.</param>
public sealed partial record Divergence(int Step, string Expected, string Found, string LikelyCause)
{
    /// <summary>The divergence as one line for people.</summary>
    public override string ToString() =>
        $"the schedule diverged at step {Step}: the trace expects '{Expected}', the run {Found}. Likely cause: {LikelyCause}";

    /// <summary>Reads the divergence from Coyote's log of a replay, or null when the log names none.</summary>
    public static Divergence? FromLog(string? log, CoyoteTrace trace)
    {
        var match = log is null ? Match.Empty : NotReproducible().Match(log);
        if (!match.Success)
        {
            return null;
        }

        var step = int.Parse(match.Groups["step"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var expected = step >= 0 && step < trace.Steps.Count ? trace.Steps[step].Text : "(beyond the trace)";
        var reason = match.Groups["reason"].Value;
        var found = reason switch
        {
            _ when reason.StartsWith("cannot detect id", StringComparison.Ordinal) =>
                $"had no enabled operation with that id ({reason})",
            _ when reason.StartsWith("expected scheduling point", StringComparison.Ordinal) =>
                $"reached another kind of scheduling point ({reason})",
            _ => $"did something else ({reason})",
        };
        var cause = step == 0
            ? "the code was rewritten with other Coyote settings, or it is another build of the map or harness."
            : "the map or harness code changed since the bug was found, or the trace was edited.";
        return new Divergence(step, expected, found, cause);
    }

    [GeneratedRegex(@"not reproducible at execution step '(?<step>\d+)': (?<reason>[^\r\n]*?)\.?\r?\n")]
    private static partial Regex NotReproducible();
}
