using System.Globalization;
using Spectre.Console;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Cli.Output;

/// <summary>Prints the verdict matrix and the bugs behind it on the console.</summary>
public static class MatrixTable
{
    /// <summary>Writes a table with a row per scenario and a column per map, then one line per bug.</summary>
    public static void Write(IAnsiConsole console, RunDocument run)
    {
        var maps = run.Cells.Select(cell => cell.Map).Distinct().ToList();
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]StressMaps verdict matrix[/]");
        table.AddColumn("scenario");
        foreach (var map in maps)
        {
            table.AddColumn(new TableColumn(map).Centered());
        }

        foreach (var scenario in run.Cells.GroupBy(cell => cell.Scenario))
        {
            var row = new List<string> { Markup.Escape(scenario.Key) };
            row.AddRange(maps.Select(map => Cell(scenario.FirstOrDefault(cell => cell.Map == map))));
            table.AddRow(row.ToArray());
        }

        console.Write(table);
        console.MarkupLine("[grey]" + Markup.Escape(ProofWording.Legend(run)) + "[/]");
        foreach (var line in MatrixCells.PartialLines(run))
        {
            console.MarkupLine("[yellow]" + Markup.Escape(line) + "[/]");
        }

        console.MarkupLine(Markup.Escape(
            $"{ProofWording.ExplorationLine(run)} {Seconds(run.ElapsedSeconds)} on {run.Machine.ProcessorCount} cores."));
        console.MarkupLine(Markup.Escape(ExplorationSpeed.Describe(run)));

        var bugs = run.Cells.Where(cell => cell.Verdict == VerdictKind.Bug || cell.Verdict.StopsTheWorker()).ToList();
        if (bugs.Count > 0)
        {
            console.WriteLine();
            var details = new Table().Border(TableBorder.Simple).Title("[bold]bugs found[/]");
            details.AddColumn("cell");
            details.AddColumn(new TableColumn("iteration").RightAligned());
            details.AddColumn(VerdictKind.Bug.Word());
            foreach (var bug in bugs)
            {
                details.AddRow(
                    Markup.Escape(bug.Id.Display),
                    bug.FirstBugIteration?.ToString(CultureInfo.InvariantCulture) ?? "",
                    (bug.Matches ? "" : "[red]UNEXPECTED[/] ") + Markup.Escape(bug.BugMessage ?? ""));
            }

            console.Write(details);
        }

        foreach (var missed in run.Cells.Where(cell => cell is { Matches: false, Verdict: VerdictKind.Safe or VerdictKind.Proved }))
        {
            console.MarkupLine(Markup.Escape(
                $"MISSED: {missed.Id.Display}: a bug was expected ({missed.Reason}) but {ProofWording.Claim(missed)}."));
        }
    }

    private static string Cell(CellRecord? cell) => cell switch
    {
        null => "",
        { Verdict: VerdictKind.Skipped } => "[grey]n/a[/]",
        { Verdict: VerdictKind.Unsupported } => "[grey]unsupported[/]",
        { Verdict: VerdictKind.Bug, Matches: true } => "[yellow]BUG[/] ✓",
        { Verdict: VerdictKind.Bug } => "[red bold]BUG ✗[/]",
        { Verdict: VerdictKind.Proved, Matches: true } => "[green]proved[/] ✓",
        { Verdict: VerdictKind.Proved } => "[red bold]proved ✗[/]",
        { Verdict: var kind } when kind.StopsTheWorker() => $"[red bold]{Markup.Escape(MatrixCells.Label(cell))}[/]",
        _ when PartialVerdict.Words(cell) is not null => cell.Matches ? "[yellow]safe, partial[/] ✓" : "[red bold]safe, partial ✗[/]",
        { Matches: true } => "[green]safe[/] ✓",
        _ => "[red bold]safe ✗[/]",
    };

    private static string Seconds(double seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds:0.0} s");
}
