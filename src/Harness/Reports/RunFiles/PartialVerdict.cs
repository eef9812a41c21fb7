using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Reports.RunFiles;

/// <summary>
/// No silent safe: a safe (or proved) cell of a class target that left out members writing its state says
/// so, <c>safe, partial: 1 member not explored (BookAsync)</c>, in every report, and <c>--strict</c> fails the run.
/// </summary>
public static class PartialVerdict
{
    /// <summary><paramref name="run"/> with each safe cell of such a target marked with the members it did not explore.</summary>
    public static RunDocument Mark(RunDocument run)
    {
        var unexplored = (run.ClassTargets ?? [])
            .Where(target => target.Unexplored is { Count: > 0 })
            .ToDictionary(target => target.Target, target => target.Unexplored!);
        return unexplored.Count == 0
            ? run
            : run with
            {
                Cells = run.Cells.Select(cell => cell.Verdict is VerdictKind.Safe or VerdictKind.Proved && unexplored.TryGetValue(cell.Map, out var names)
                    ? cell with { NotExplored = names }
                    : cell).ToList(),
            };
    }

    /// <summary>Whether any safe cell of <paramref name="run"/> is partial (what <c>--strict</c> fails).</summary>
    public static bool Any(RunDocument run) => run.Cells.Any(cell => Note(cell) is not null);

    /// <summary><c>partial: 2 members not explored (BookAsync, Clear)</c>, or null when the cell saw every member that writes.</summary>
    public static string? Note(CellRecord cell) => cell.NotExplored is { Count: > 0 } names && cell.Verdict is VerdictKind.Safe or VerdictKind.Proved
        ? $"partial: {names.Count} {(names.Count == 1 ? "member" : "members")} not explored ({string.Join(", ", names)})"
        : null;

    /// <summary>The cell's verdict in words, <c>safe, partial: 1 member not explored (BookAsync)</c>, or null when it is not partial.</summary>
    public static string? Words(CellRecord cell) => Note(cell) is { } note ? $"{cell.Verdict.Word()}, {note}" : null;
}
