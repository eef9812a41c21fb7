using System.Globalization;
using Spectre.Console;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Cli.Output;

/// <summary>Prints a <c>test</c> run: one line per test method with its verdict and how it was explored.</summary>
public static class TestVerdictList
{
    /// <summary>Writes one line per cell of <paramref name="run"/>, then the exploration's settings.</summary>
    public static void Write(IAnsiConsole console, RunDocument run)
    {
        foreach (var cell in run.Cells)
        {
            var verdict = cell.Verdict switch
            {
                VerdictKind.Bug => "[red bold]BUG[/]",
                VerdictKind.Safe => "[green]pass[/]",
                VerdictKind.Proved => "[green]proved[/]",
                var kind when kind.StopsTheWorker() => $"[red bold]{Markup.Escape(MatrixCells.Label(cell))}[/]",
                _ => Markup.Escape(cell.Verdict.Word()),
            };
            var explored = cell.FirstBugIteration is { } first
                ? $"schedule {first.ToString(CultureInfo.InvariantCulture)}"
                : $"{cell.IterationsExplored.ToString(CultureInfo.InvariantCulture)} schedules";
            var why = cell.BugMessage is { } message ? $": {message}" : "";
            console.MarkupLine($"{verdict} {Markup.Escape(cell.Map)} ({Markup.Escape(explored)}, seed {cell.Options.Seed.ToString(CultureInfo.InvariantCulture)}){Markup.Escape(why)}");
        }

        console.MarkupLine("[grey]" + Markup.Escape(ProofWording.ExplorationLine(run)) + "[/]");
    }
}
