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
    int StatesExplored)
{
    /// <summary>The operations of <paramref name="history"/> the longest fitting order left out, by name (<c>Book</c>, <c>set</c>): what no order could place.</summary>
    public IReadOnlyList<string> Unplaced(IReadOnlyList<HistoryEntry> history) =>
        history.Where(entry => !Order.Contains(entry)).Select(entry => entry.Operation.Member ?? entry.Operation.ToString().Split('(')[0]).Distinct().ToList();
}
