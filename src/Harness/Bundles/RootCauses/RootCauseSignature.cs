using StressMaps.Harness.Bundles.Shrinking;
using StressMaps.Harness.Exploration.Bugs;

namespace StressMaps.Harness.Bundles.RootCauses;

/// <summary>
/// What makes two bug cells of one target one root cause (the target is part of the grouping key): the bug's kind
/// (<see cref="BugSignature"/>) plus where in the user's code it lives, read from the typed <see cref="Bug"/>.
/// A live collection handed out is one cause per member that hands it out, whichever call wrote it meanwhile (the
/// fix is in that member); a race, the resource and the code that wrote it (the same unguarded write meets
/// different reads in different scenarios: one cause); a history no sequential order explains, the operations
/// no order could place; an exception, its type and the first frame in the user's code. Otherwise the kind alone.
/// </summary>
public static class RootCauseSignature
{
    /// <summary>The signature of <paramref name="bug"/>.</summary>
    public static string Of(Bug bug)
    {
        if (bug.HandOut is { } handOut)
        {
            return $"hand-out: {handOut.Owner}.{handOut.Member}() hands out its live {handOut.Collection}";
        }

        if (bug is { Kind: BugKind.DataRace, Race: { } race })
        {
            var writers = new[] { (race.First, race.FirstWrites), (race.Second, race.SecondWrites) }
                .Where(access => access.Item2).Select(access => access.Item1).Distinct().Order(StringComparer.Ordinal);
            return $"data race on {race.Resource}: written at {string.Join(" and ", writers)}";
        }

        if (bug is { Kind: BugKind.NotLinearizable, Unplaced: { Count: > 0 } unplaced })
        {
            return $"not linearizable: {string.Join(", ", unplaced.Distinct().Order(StringComparer.Ordinal))}";
        }

        // A crash is named by its exception type alone, as a person reads it; every other bug by its kind.
        var kind = bug is { Kind: BugKind.Crash, ExceptionType: { } type } ? type : BugSignature.Of(bug);
        return bug.UserFrame is { } frame ? $"{kind} at {frame}" : kind;
    }
}
