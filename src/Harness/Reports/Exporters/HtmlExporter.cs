using System.Globalization;
using System.Net;
using System.Text;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Files;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Reports.Exporters;

/// <summary>
/// A self-contained HTML page: inline CSS and SVG, no script, nothing fetched. The matrix, then each
/// bug with an SVG swimlane of its schedule, its stacks and its replay command.
/// </summary>
public sealed class HtmlExporter : FileExporter
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:2rem;color:#222}
        table.matrix{border-collapse:collapse}
        .matrix th,.matrix td{border:1px solid #ccc;padding:.3rem .7rem;text-align:center}
        .matrix td.bug{background:#fde2c8}.matrix td.safe{background:#d9f2d9}.matrix td.proved{background:#b8e6b8;font-weight:bold}.matrix td.na{color:#999}
        .matrix td.wrong{background:#f8b4b4;font-weight:bold}
        pre{background:#f4f4f4;padding:.6rem;overflow-x:auto}
        svg text{font-family:ui-monospace,monospace;font-size:12px}
        """;

    /// <inheritdoc />
    public override string Format => "html";

    /// <inheritdoc />
    public override string FileName => "report.html";

    /// <inheritdoc />
    public override string Render(RunReport report)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>").AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .AppendLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
            .AppendLine("<title>StressMaps report</title>").Append("<style>").Append(Style).AppendLine("</style></head><body>");
        html.AppendLine("<h1>StressMaps verdict matrix</h1>");
        if (report.Run.Partial)
        {
            html.AppendLine("<p><strong>Partial run</strong>: stopped before every cell finished.</p>");
        }

        html.Append("<p>").Append(E(ProofWording.ExplorationLine(report.Run))).AppendLine("</p>");
        html.AppendLine(Matrix(report));
        html.Append("<p>").Append(E(ProofWording.Legend(report.Run))).AppendLine("</p>");
        foreach (var line in MatrixCells.PartialLines(report.Run))
        {
            html.Append("<p><strong>").Append(E(line)).AppendLine("</strong></p>");
        }

        foreach (var bundle in report.Bundles)
        {
            html.AppendLine(Bug(bundle));
        }

        return html.AppendLine("</body></html>").ToString();
    }

    private static string Matrix(RunReport report)
    {
        var html = new StringBuilder("<table class=\"matrix\" id=\"matrix\"><tr><th>scenario</th>");
        foreach (var map in MatrixCells.Maps(report.Run))
        {
            html.Append("<th>").Append(E(map)).Append("</th>");
        }

        html.AppendLine("</tr>");
        foreach (var (scenario, cells) in MatrixCells.Rows(report.Run))
        {
            html.Append("<tr><th>").Append(E(scenario)).Append("</th>");
            foreach (var cell in cells)
            {
                var kind = cell switch { null or { Verdict: VerdictKind.Skipped } => "na", { Matches: false } => "wrong", _ => cell.Verdict.Word() };
                var label = E(MatrixCells.Label(cell));
                var content = cell?.Bundle is not null ? $"<a href=\"#{Anchor(cell.Id.ToString())}\">{label}</a>" : label;
                html.Append("<td class=\"").Append(kind).Append("\">").Append(content).Append("</td>");
            }

            html.AppendLine("</tr>");
        }

        return html.Append("</table>").ToString();
    }

    private static string Bug(BugBundle bundle)
    {
        var html = new StringBuilder();
        html.Append("<section class=\"bug\" id=\"").Append(Anchor(bundle.Cell)).AppendLine("\">");
        html.Append("<h2>").Append(E(bundle.Cell)).AppendLine("</h2>");
        html.Append("<p><strong>").Append(E(bundle.Verdict.Message)).AppendLine("</strong></p>");
        html.Append("<p>").Append(E(MarkdownExporter.SizeLine(bundle))).AppendLine("</p>");
        html.AppendLine(Swimlane(bundle));
        html.Append("<p>").Append(E(InterleavingTable.Legend)).AppendLine("</p>");
        if (UserCodeText.Lines(bundle) is { Count: > 0 } code)
        {
            html.Append("<h3>In the code</h3><pre class=\"user-code\">").Append(E(string.Join('\n', code))).AppendLine("</pre>");
        }
        foreach (var stack in bundle.Verdict.Stacks)
        {
            html.Append("<h3>").Append(E(InterleavingTable.Header(stack.Task))).Append(": ")
                .Append(E(stack.Operation is null ? "finished or not started" : $"in {stack.Operation}")).AppendLine("</h3>");
            if (stack.Stack is not null)
            {
                html.Append("<pre>").Append(E(stack.Stack)).AppendLine("</pre>");
            }
        }

        html.Append("<p>Replay:</p><pre>").Append(E(bundle.ReplayCommand)).AppendLine("</pre>");
        return html.Append("</section>").ToString();
    }

    private static string Swimlane(BugBundle bundle)
    {
        const int laneWidth = 260, rowHeight = 24, top = 30, left = 50;
        var lanes = InterleavingTable.Columns(bundle);
        var width = left + lanes.Count * laneWidth;
        var height = top + Math.Max(1, bundle.Schedule.Count) * rowHeight + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"swimlane\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"schedule of {E(bundle.Cell)}\">").AppendLine();
        for (var lane = 0; lane < lanes.Count; lane++)
        {
            var x = left + lane * laneWidth;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"0\" width=\"{laneWidth - 4}\" height=\"{height}\" fill=\"{(lane % 2 == 0 ? "#f7f9fc" : "#eef2f8")}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 8}\" y=\"18\" font-weight=\"bold\">{E(InterleavingTable.Header(lanes[lane]))}</text>").AppendLine();
        }

        for (var row = 0; row < bundle.Schedule.Count; row++)
        {
            var step = bundle.Schedule[row];
            var x = left + lanes.ToList().IndexOf(step.Task) * laneWidth;
            var y = top + row * rowHeight;
            var fill = step.Phase == "failed" ? "#e06666" : step.Conflict ? "#f8b4b4" : "#cfe0fc";
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"8\" y=\"{y + 16}\">{row + 1}{(step.Preemption ? " ⚡" : "")}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"step{(step.Conflict ? " conflict" : "")}\" x=\"{x + 4}\" y=\"{y + 2}\" width=\"{laneWidth - 12}\" height=\"{rowHeight - 4}\" rx=\"4\" fill=\"{fill}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 10}\" y=\"{y + 16}\">{E(Clip(InterleavingTable.Marked(step)))}</text>").AppendLine();
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Clip(string text) => text.Length > 33 ? text[..32] + "…" : text;

    private static string Anchor(string cell) => "bug-" + SafeFileName.From(cell);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
