using StressMaps.Harness.Bundles.Shrinking;
using StressMaps.Harness.Exploration.Bugs;

namespace StressMaps.Harness.Bundles.RootCauses;

/// <summary>
/// What makes two bug cells of one target one root cause (the target is part of the grouping key): the bug's kind
/// (<see cref="BugSignature"/>) plus where in the user's code it lives, read from the typed <see cref="Bug"/>.
/// A live collection handed out is one cause per member that hands it out, whichever call wrote it meanwhile (the
/// fix is in that member); a race, the field or collection it was on (one unguarded access meets the guarded ones
/// in turn, a different pair in each scenario: one cause); a history no sequential order explains, the operations
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

        // The sites that met vary by scenario (the one unguarded access meets each guarded one in turn): the resource is the cause.
        if (bug is { Kind: BugKind.DataRace, Race: { } race })
        {
            return $"data race on {race.Resource}";
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
