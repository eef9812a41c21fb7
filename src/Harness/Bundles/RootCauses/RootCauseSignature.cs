using StressMaps.Harness.Exploration.Bugs;
using System.Text.RegularExpressions;
using StressMaps.Harness.Bundles.Shrinking;
using StressMaps.Harness.Exploration.Coverage;

namespace StressMaps.Harness.Bundles.RootCauses;

/// <summary>
/// What makes two bug cells one root cause: the bug's kind (<see cref="BugSignature"/>) plus where in the
/// user's code it lives. A live collection handed out is one cause per member that hands it out, whichever
/// call wrote it meanwhile (the fix is in the member that hands it out); a race, the two accesses that met
/// (their code sites in either order, never object addresses); a history no sequential order explains, the
/// operations left without a next step; an exception, the first frame in the user's code. Otherwise the kind alone.
/// </summary>
public static partial class RootCauseSignature
{
    /// <summary>The signature of the typed <paramref name="bug"/>, with Coyote's report <paramref name="detail"/> for its code sites.</summary>
    public static string Of(Bug bug, string? detail)
    {
        // A crash is named by its exception type alone, as a person reads it; every other bug by its kind.
        var kind = bug is { Kind: BugKind.Crash, ExceptionType: { } type } ? type : BugSignature.Of(bug);
        detail ??= "";
        if (HandOut().Match(detail) is { Success: true } handOut)
        {
            return $"hand-out: {handOut.Groups["owner"].Value}.{handOut.Groups["member"].Value}() hands out its live {handOut.Groups["type"].Value}";
        }

        // Which operations wait on which lock is in no line of Coyote's report; the count of them varies by schedule.
        if (bug.Kind == BugKind.Deadlock)
        {
            return "deadlock";
        }

        // Judged after every task finished: the pair that met last is whatever came last, so the calls name it.
        if (bug.Kind == BugKind.NotLinearizable)
        {
            var operations = Rejected().Matches(detail).Select(match => match.Groups["op"].Value).Distinct().Order(StringComparer.Ordinal);
            return $"not linearizable: {string.Join(", ", operations)}";
        }

        if (bug.Kind == BugKind.DataRace && detail.Split('\n').FirstOrDefault(line => line.StartsWith(InterleavingCoverage.MetLast, StringComparison.Ordinal)) is { } met
            && MetPair().Match(met) is { Success: true } pair)
        {
            // Either order of the two sites is the same race.
            var sites = new[] { pair.Groups["first"].Value, pair.Groups["second"].Value }.Order(StringComparer.Ordinal);
            return $"data race on {pair.Groups["resource"].Value}: {string.Join(" and ", sites)}";
        }

        return UserFrame().Match(detail) is { Success: true } frame ? $"{kind} at {frame.Groups["frame"].Value}" : kind;
    }

    [GeneratedRegex(@"^Accesses that met last: (?<resource>.+?): (read|write) (?<first>.+?) -> (read|write) (?<second>.+)$")]
    private static partial Regex MetPair();

    [GeneratedRegex(@"(?<member>\w+)\(\) -> (?<type>.+?) handed out (?<owner>\w+)'s live collection")]
    private static partial Regex HandOut();

    [GeneratedRegex(@"^\s+task \d+ (?<op>\w+)\(", RegexOptions.Multiline)]
    private static partial Regex Rejected();

    // The first frame outside the framework, Coyote and StressMaps: where the user's code threw.
    [GeneratedRegex(@"^\s*at (?<frame>(?!System\.|Microsoft\.|StressMaps\.Harness\.|StressMaps\.Controlled\.)[\w.`<>]+)\(", RegexOptions.Multiline)]
    private static partial Regex UserFrame();
}
