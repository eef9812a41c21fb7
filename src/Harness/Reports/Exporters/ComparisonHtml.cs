using System.Net;
using System.Text;
using StressMaps.Harness.Measuring.Comparison;

namespace StressMaps.Harness.Reports.Exporters;

/// <summary>
/// A small self-contained HTML page of a comparison (inline CSS, no script): the table, and per cell an
/// SVG histogram of attempts to first bug for each method, drawn by <see cref="SvgHistogram"/>.
/// </summary>
public static class ComparisonHtml
{
    /// <summary>The HTML page.</summary>
    public static string Render(ComparisonDocument comparison)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>StressMaps: exploration against stress</title>");
        html.Append("<style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}td:first-child,td:nth-child(2){text-align:left}</style></head><body>\n");
        html.Append("<h1>Exploration against stress</h1>\n<table><tr><th>cell</th><th>method</th><th>found</th><th>median to bug</th><th>p95 to bug</th><th>median time</th><th>p95 time</th><th>made in all</th></tr>\n");
        foreach (var cell in comparison.Cells)
        {
            foreach (var summary in cell.Exploration.Append(cell.Stress))
            {
                html.Append("<tr><td>").Append(Encode($"{cell.Scenario} × {cell.Map}"))
                    .Append("</td><td>").Append(Encode(ComparisonMarkdown.MethodName(summary)))
                    .Append("</td><td>").Append(Encode($"{summary.Detected}/{summary.Trials}"))
                    .Append("</td><td>").Append(Encode(ComparisonMarkdown.Count(summary.MedianToFirstBug, summary.Unit)))
                    .Append("</td><td>").Append(Encode(ComparisonMarkdown.Count(summary.P95ToFirstBug, summary.Unit)))
                    .Append("</td><td>").Append(Encode(ComparisonMarkdown.Seconds(summary.MedianSecondsToFirstBug)))
                    .Append("</td><td>").Append(Encode(ComparisonMarkdown.Seconds(summary.P95SecondsToFirstBug)))
                    .Append("</td><td>").Append(Encode(ComparisonMarkdown.Total(summary)))
                    .Append("</td></tr>\n");
            }
        }

        html.Append("</table>\n");
        foreach (var cell in comparison.Cells)
        {
            html.Append("<h2>").Append(Encode($"{cell.Scenario} × {cell.Map}")).Append("</h2>\n");
            html.Append(SvgHistogram.Render($"{cell.Scenario} × {cell.Map}: attempts to first bug", "iterations or runs", SeriesOf(cell))).Append('\n');
        }

        html.Append("</body></html>\n");
        return html.ToString();
    }

    /// <summary>The histogram series of a cell: one per strategy, then stress.</summary>
    public static IReadOnlyList<HistogramSeries> SeriesOf(ComparisonCell cell) =>
        cell.Exploration.Append(cell.Stress)
            .Select(summary => new HistogramSeries(ComparisonMarkdown.MethodName(summary), summary.ToFirstBug, summary.Trials - summary.Detected))
            .ToList();

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
