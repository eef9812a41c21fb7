using StressMaps.Harness.Exploration.Bugs;
using StressMaps.Harness.Bundles.RootCauses;
using StressMaps.Harness.Reports.Exporters.Sarif;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Reports.RunFiles;

/// <summary>
/// One distinct bug of a run as stored in run.json (<c>bugs[]</c>): the cells where it showed up, grouped by
/// <see cref="RootCauseSignature"/>, and the one bundle written for it (shrunk from its smallest cell).
/// </summary>
/// <param name="Signature">What makes the cells one bug: its kind and where in the user's code it lives.</param>
/// <param name="Kind">The kind, as SARIF names its rule (<c>data-race</c>, <c>not-linearizable</c>, ...).</param>
/// <param name="Cells">The cells that found it, the smallest first (the one its bundle comes from).</param>
/// <param name="Bundle">The bundle's path relative to run.json, or null when none was written.</param>
public sealed record RootCauseRecord(string Signature, string Kind, IReadOnlyList<string> Cells, string? Bundle)
{
    /// <summary>The distinct bugs among <paramref name="cells"/>, in the order their first cell comes in the matrix.</summary>
    public static IReadOnlyList<RootCauseRecord> Of(IReadOnlyList<CellRecord> cells) =>
        cells.Where(cell => cell.Verdict == VerdictKind.Bug && cell.Killed is null)
            // A root cause lives in one target: the same signature in two targets (two programs' deadlocks) is two bugs.
            .GroupBy(cell => (cell.Map, Signature: RootCauseSignature.Of(cell.TypedBug)))
            .Select(group =>
            {
                var ordered = group.OrderBy(Size).ThenBy(cell => cell.FirstBugIteration ?? int.MaxValue).ToList();
                return new RootCauseRecord(
                    group.Key.Signature,
                    BugKindJson.Word(ordered[0].TypedBug.Kind),
                    ordered.Select(cell => cell.Id.ToString()).ToList(),
                    ordered.Select(cell => cell.Bundle).FirstOrDefault(bundle => bundle is not null));
            })
            .ToList();

    /// <summary>The cell a root cause's bundle is shrunk from: the fewest calls, then the earliest bug.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Smallest => Cells[0];

    /// <summary>How many calls a cell's scenario makes (its steps, setup included): smaller is quicker to shrink and to read.</summary>
    public static int Size(CellRecord cell) =>
        (cell.Steps ?? "").Split(" | ").Sum(part => part.Split(": ", 2) is [_, var calls] ? calls.Split("; ").Length : 0);
}
