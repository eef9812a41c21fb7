namespace StressMaps.Harness.Oracles.Linearizability;

/// <summary>What the checker concluded about one history.</summary>
/// <param name="IsLinearizable">Whether some sequential order explains every answer.</param>
/// <param name="Order">The witness order when linearizable; otherwise the longest order that fits before the search got stuck.</param>
/// <param name="Explanation">Empty when linearizable; otherwise the history and why no order fits.</param>
/// <param name="StatesExplored">Search nodes visited (a measure of the checker's work).</param>
public sealed record LinearizabilityVerdict(
    bool IsLinearizable,
    IReadOnlyList<HistoryEntry> Order,
    string Explanation,
    int StatesExplored);
