using System.Globalization;
using Spectre.Console;
using StressMaps.Harness.Measuring.Comparison;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Cli.Output;

/// <summary>The comparison of exploration against stress, as a console table.</summary>
public static class ComparisonTable
{
    /// <summary>Prints the comparison table and how the stress budget was set.</summary>
    public static void Write(IAnsiConsole console, ComparisonDocument document)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]exploration against stress[/]");
        table.AddColumns("cell", "method");
        foreach (var heading in new[] { "found", "median to bug", "p95 to bug", "median time", "p95 time", "made in all" })
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        foreach (var cell in document.Cells)
        {
            foreach (var summary in cell.Exploration.Append(cell.Stress))
            {
                table.AddRow(
                    Markup.Escape(new CellId(cell.Scenario, cell.Map).Display),
                    Markup.Escape(ComparisonMarkdown.MethodName(summary)),
                    Markup.Escape($"{summary.Detected}/{summary.Trials}"),
                    Markup.Escape(ComparisonMarkdown.Count(summary.MedianToFirstBug, summary.Unit)),
                    Markup.Escape(ComparisonMarkdown.Count(summary.P95ToFirstBug, summary.Unit)),
                    Markup.Escape(ComparisonMarkdown.Seconds(summary.MedianSecondsToFirstBug)),
                    Markup.Escape(ComparisonMarkdown.Seconds(summary.P95SecondsToFirstBug)),
                    Markup.Escape(ComparisonMarkdown.Total(summary)));
            }
        }

        console.Write(table);
        console.MarkupLine("Time to first bug, stress ÷ exploration (seconds over all trials per trial that found the bug; ≥: stress found none):");
        foreach (var cell in document.Cells)
        {
            console.MarkupLine(Markup.Escape($"  {new CellId(cell.Scenario, cell.Map).Display}: {cell.TimeToBugRatio?.ToString() ?? "exploration found none"}"));
        }

        if (TimeToBugSummary.Of(document.Cells) is { } ratios)
        {
            console.MarkupLine(Markup.Escape($"  {ratios}"));
        }

        console.MarkupLine(Markup.Escape($"Stress: {document.StressBudget}. {document.ElapsedSeconds.ToString("0", CultureInfo.InvariantCulture)} s on {document.Machine.ProcessorCount} cores."));
    }
}
