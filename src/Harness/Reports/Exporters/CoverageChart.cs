using System.Globalization;
using System.Net;
using System.Text;
using StressMaps.Harness.Reports.RunFiles;

namespace StressMaps.Harness.Reports.Exporters;

/// <summary>
/// The interleaving coverage of a budgeted run, for report.html: per target a small inline SVG with one line
/// per cell, conflicting access pairs against schedules, so a curve that flattened (saturated) and one still
/// rising read at a glance. Empty when no cell counted coverage.
/// </summary>
public static class CoverageChart
{
    private const int Width = 360, Height = 160, Left = 40, Bottom = 24, Top = 10, Right = 10;

    /// <summary>The section, or "" when <paramref name="run"/> has no coverage.</summary>
    public static string Section(RunDocument run)
    {
        var counted = run.Cells.Where(cell => cell.Coverage is not null).ToList();
        if (counted.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder("<h2>Interleaving coverage</h2>\n<p>Conflicting access pairs (same field or collection, one a write, two tasks) each cell's schedules realised, against the schedules explored; a flat end is a saturated cell.</p>\n");
        foreach (var target in counted.GroupBy(cell => cell.Map))
        {
            var saturated = target.Count(cell => cell.Coverage!.Saturated);
            html.Append("<h3>").Append(E(target.Key)).Append("</h3><p>")
                .Append(E(string.Create(CultureInfo.InvariantCulture, $"{target.Count()} cells, {target.Max(cell => cell.Coverage!.Pairs)} pairs at most in a cell, {saturated} saturated")))
                .AppendLine("</p>");
            html.AppendLine(Chart(target.Key, target.ToList()));
        }

        return html.ToString();
    }

    private static string Chart(string target, IReadOnlyList<CellRecord> cells)
    {
        var maxSchedules = Math.Max(1, cells.Max(cell => cell.Coverage!.Schedules));
        var maxPairs = Math.Max(1, cells.Max(cell => cell.Coverage!.Pairs));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"coverage\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"coverage of {E(target)}\">").AppendLine();
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#888\"/><line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#888\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 6}\">0</text><text x=\"{Width - Right}\" y=\"{Height - 6}\" text-anchor=\"end\">{maxSchedules} schedules</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{Top + 10}\" text-anchor=\"end\">{maxPairs}</text><text x=\"{Left - 4}\" y=\"{Height - Bottom}\" text-anchor=\"end\">0</text>").AppendLine();
        foreach (var cell in cells)
        {
            var points = string.Join(" ", cell.Coverage!.Curve.Select(point => string.Create(CultureInfo.InvariantCulture,
                $"{X(point.Schedules, maxSchedules):0.#},{Y(point.Pairs, maxPairs):0.#}")));
            var colour = cell.Verdict == Verdicts.VerdictKind.Bug ? "#d9534f" : cell.Coverage.Saturated ? "#5b8def" : "#f0ad4e";
            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.2\" points=\"{points}\"><title>{E(cell.Scenario)}: {E(cell.Coverage.Summary())}</title></polyline>").AppendLine();
        }

        return svg.Append("</svg>").ToString();
    }

    private static double X(int schedules, int max) => Left + (double)schedules / max * (Width - Left - Right);

    private static double Y(int pairs, int max) => Height - Bottom - (double)pairs / max * (Height - Bottom - Top);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
