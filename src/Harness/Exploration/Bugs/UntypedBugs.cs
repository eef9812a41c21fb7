using System.Text.RegularExpressions;

namespace StressMaps.Harness.Exploration.Bugs;

/// <summary>
/// The one place a bug's kind is read from text, for the two sources that give no other: Coyote's own checks
/// (Coyote 1.7.11 reports its collection race check, a deadlock and the step bound only as text) and files written before the kind was stored (run.json and bundles
/// without <c>bugKind</c>/<c>bug</c>). Every other reader takes the typed <see cref="Bug"/>.
/// </summary>
public static partial class UntypedBugs
{
    /// <summary>The bug Coyote's own report <paramref name="firstLine"/> describes: its race check, a hang its monitor saw, a deadlock, the step bound, or else a crash.</summary>
    public static Bug FromCoyote(string firstLine)
    {
        if (CollectionRace().Match(firstLine) is { Success: true } race)
        {
            return new Bug(BugKind.DataRace) { Subject = BugReportText.ReadableTypeNames(race.Groups["collection"].Value) };
        }

        // Coyote's periodic monitor saw no scheduling step for its timeout: a spin or a wait it does not control.
        if (firstLine.StartsWith("Potential deadlock or hang detected", StringComparison.Ordinal))
        {
            return new Bug(BugKind.Hang);
        }

        if (firstLine.Contains("Deadlock detected", StringComparison.OrdinalIgnoreCase))
        {
            return new Bug(BugKind.Deadlock);
        }

        return firstLine.Contains("steps bound of", StringComparison.OrdinalIgnoreCase) ? new Bug(BugKind.StepBound) : Crash(firstLine);
    }

    /// <summary>A crash whose report starts with <paramref name="firstLine"/>: the exception's type, when the line names one.</summary>
    public static Bug Crash(string firstLine) =>
        new(BugKind.Crash) { ExceptionType = ExceptionType().Match(firstLine) is { Success: true } type ? type.Value : null };

    /// <summary>
    /// The bug a file written before kinds were stored describes by its message alone (the wording StressMaps
    /// and Coyote used then); a crash when nothing else fits. Readers of stored files fall back here, and only here.
    /// </summary>
    public static Bug FromStoredMessage(string? message) => message switch
    {
        null => new Bug(BugKind.Crash),
        _ when message.StartsWith("Contract violation", StringComparison.Ordinal) => new Bug(BugKind.ContractViolation),
        _ when message.StartsWith("Not linearizable", StringComparison.Ordinal) => new Bug(BugKind.NotLinearizable),
        _ when message.StartsWith("Final check failed", StringComparison.Ordinal) => new Bug(BugKind.FinalCheck),
        _ when message.StartsWith("Deadlock:", StringComparison.Ordinal) => new Bug(BugKind.Deadlock),
        _ when message.StartsWith("Lost wakeup:", StringComparison.Ordinal) => new Bug(BugKind.LostWakeup),
        _ => FromCoyote(message),
    };

    /// <summary>The first frame of Coyote's <paramref name="report"/> outside the framework, Coyote and StressMaps: where the user's code threw; null when none.</summary>
    public static string? UserFrameIn(string? report) => UserFrame().Match(report ?? "") is { Success: true } frame ? frame.Groups["frame"].Value : null;

    [GeneratedRegex(@"^\s*at (?<frame>(?!System\.|Microsoft\.|StressMaps\.Harness\.|StressMaps\.Controlled\.)[\w.`<>]+)\(", RegexOptions.Multiline)]
    private static partial Regex UserFrame();

    [GeneratedRegex(@"data race on '(?<collection>[^']+)'", RegexOptions.IgnoreCase)]
    private static partial Regex CollectionRace();

    [GeneratedRegex(@"^[\w.]*(Exception|Error)\b")]
    private static partial Regex ExceptionType();
}
