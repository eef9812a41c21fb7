using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Reports.Exporters;

/// <summary>The matrix as every report lays it out: a row per scenario, a column per map.</summary>
public static class MatrixCells
{
    /// <summary>The maps, in run order.</summary>
    public static IReadOnlyList<string> Maps(RunDocument run) => run.Cells.Select(cell => cell.Map).Distinct().ToList();

    /// <summary>The scenarios with their cells, in run order.</summary>
    public static IReadOnlyList<(string Scenario, IReadOnlyList<CellRecord?> Cells)> Rows(RunDocument run)
    {
        var maps = Maps(run);
        return run.Cells.GroupBy(cell => cell.Scenario)
            .Select(group => (group.Key, (IReadOnlyList<CellRecord?>)maps.Select(map => group.FirstOrDefault(cell => cell.Map == map)).ToList()))
            .ToList();
    }

    /// <summary>One line per target whose safe cells are partial: <c>SeatBooking: safe, partial: 1 member not explored (BookAsync)</c>.</summary>
    public static IReadOnlyList<string> PartialLines(RunDocument run) =>
        run.Cells.Where(cell => PartialVerdict.Note(cell) is not null).GroupBy(cell => cell.Map)
            .Select(group => $"{group.Key}: safe, {PartialVerdict.Note(group.First())}; its safe verdicts say nothing of those members")
            .ToList();

    /// <summary>A cell as one short word and mark: <c>BUG ✓</c>, <c>proved ✓</c>, <c>safe ✗</c>, <c>n/a</c>.</summary>
    public static string Label(CellRecord? cell) => cell switch
    {
        null => "",
        { Verdict: VerdictKind.Skipped } => "n/a",
        { Verdict: VerdictKind.Unsupported } => "unsupported",
        { Verdict: VerdictKind.Bug } => cell.Matches ? "BUG ✓" : "BUG ✗",
        { Verdict: VerdictKind.Proved } => (PartialVerdict.Note(cell) is null ? "proved" : "proved, partial") + (cell.Matches ? " ✓" : " ✗"),
        { Verdict: VerdictKind.Crashed, Killed.ExitCode: { } code } => $"CRASH {code} ✗",
        { Verdict: var kind } when kind.StopsTheWorker() => kind.Word().ToUpperInvariant() + " ✗",
        _ => (PartialVerdict.Note(cell) is null ? "safe" : "safe, partial") + (cell.Matches ? " ✓" : " ✗"),
    };
}
