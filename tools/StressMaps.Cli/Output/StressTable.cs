using System.Globalization;
using Spectre.Console;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Measuring.Stress;

namespace StressMaps.Cli.Output;

/// <summary>Prints a stress run: a row per cell with how its runs failed and how much it waited for locks.</summary>
public static class StressTable
{
    /// <summary>Writes the table, then the first failure of each failing cell.</summary>
    public static void Write(IAnsiConsole console, StressDocument run)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]StressMaps stress (real threads, no Coyote)[/]");
        table.AddColumn("cell");
        table.AddColumn("expected");
        foreach (var heading in new[] { "runs", "failed", "exception", "wrong state", "hang", "first failing run", "runs/s", "lock contentions", "lock wait ms" })
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (var cell in run.Cells)
        {
            if (cell.Runs == 0)
            {
                table.AddRow(Markup.Escape(new CellId(cell.Scenario, cell.Map).Display), "[grey]n/a[/]", "", "", "", "", "", "", "", "", "");
                continue;
            }

            table.AddRow(
                Markup.Escape(new CellId(cell.Scenario, cell.Map).Display),
                Markup.Escape((cell.Expectation == RunDocumentBuilder.ExpectationName(Expectation.BugExpected) ? VerdictKind.Bug : VerdictKind.Safe).Word()),
                Number(cell.Runs),
                cell.FailedRuns > 0 ? $"[yellow]{Number(cell.FailedRuns)}[/]" : "0",
                Number(cell.Exceptions),
                Number(cell.WrongFinalStates),
                Number(cell.Hangs),
                cell.FirstFailingRun is { } first ? Number(first) : "-",
                cell.RunsPerSecond.ToString("0", CultureInfo.InvariantCulture),
                Number(cell.LockContentions),
                cell.LockWaitMilliseconds is { } waited ? waited.ToString("0.00", CultureInfo.InvariantCulture) : "?");
        }

        console.Write(table);
        console.MarkupLine(Markup.Escape(
            $"Up to {Number(run.Runs)} runs" + (run.TimeBudgetSeconds is { } budget ? string.Create(CultureInfo.InvariantCulture, $" or {budget:0.##} s") : "") +
            string.Create(CultureInfo.InvariantCulture, $" per cell, {run.RunTimeoutSeconds:0.##} s per run before a hang; {run.ElapsedSeconds:0.0} s on {run.Machine.ProcessorCount} cores.")));
        console.MarkupLine("[grey]lock wait: time threads spent blocked on a taken lock, summed (the runtime's ContentionStop events); ? = events did not arrive.[/]");
        foreach (var cell in run.Cells.Where(cell => cell.FirstFailureMessage is not null))
        {
            console.MarkupLine(Markup.Escape($"{cell.Scenario} × {cell.Map}, run {cell.FirstFailingRun}: {cell.FirstFailure}: {cell.FirstFailureMessage}"));
        }
    }

    private static string Number(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
