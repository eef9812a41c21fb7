using StressMaps.Harness.Exploration.Bugs;

namespace StressMaps.Harness.Bundles.Shrinking;

/// <summary>
/// What makes two bugs the same bug for shrinking and replay: the same kind and, for a crash, the same
/// exception type. A smaller scenario that crashes differently, or fails another check, is another bug.
/// Read from the typed bug, never from its message.
/// </summary>
public static class BugSignature
{
    /// <summary>The signature of <paramref name="bug"/> (<c>final-check</c>, <c>crash System.InvalidOperationException</c>); empty for none.</summary>
    public static string Of(Bug? bug) => bug switch
    {
        null => "",
        { Kind: BugKind.Crash, ExceptionType: { } type } => $"{BugKindJson.Word(BugKind.Crash)} {type}",
        _ => BugKindJson.Word(bug.Kind),
    };
}
