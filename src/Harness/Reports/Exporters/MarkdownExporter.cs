using System.Globalization;
using System.Text;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Bundles.Shrinking;

namespace StressMaps.Harness.Reports.Exporters;

/// <summary>The Markdown summary: the matrix, then each bug with its interleaving table and a Mermaid diagram.</summary>
public sealed class MarkdownExporter : FileExporter
{
    /// <inheritdoc />
    public override string Format => "markdown";

    /// <inheritdoc />
    public override string FileName => "summary.md";

    /// <inheritdoc />
    public override string Render(RunReport report) => RenderMatrix(report) + string.Concat(report.Bundles.Select(RenderBug));

    /// <summary>The heading, the facts of the run and the matrix.</summary>
    public static string RenderMatrix(RunReport report)
    {
        var run = report.Run;
        var text = new StringBuilder();
        text.AppendLine("# StressMaps verdict matrix").AppendLine();
        if (run.Partial)
        {
            text.AppendLine("> **Partial run**: stopped before every cell finished.").AppendLine();
        }

        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"{ProofWording.ExplorationLine(run)} StressMaps {run.ToolVersion}, Coyote {run.CoyoteVersion}, {run.ElapsedSeconds:0.0} s.")).AppendLine();
        var maps = MatrixCells.Maps(run);
        text.Append("| scenario | ").AppendJoin(" | ", maps).AppendLine(" |");
        text.Append("|---|").AppendJoin("", maps.Select(_ => ":---:|")).AppendLine();
        foreach (var (scenario, cells) in MatrixCells.Rows(run))
        {
            text.Append("| ").Append(scenario).Append(" | ").AppendJoin(" | ", cells.Select(MatrixCells.Label)).AppendLine(" |");
        }

        text.AppendLine().AppendLine(ProofWording.Legend(run)).AppendLine();
        foreach (var line in MatrixCells.PartialLines(run))
        {
            text.Append("> **").Append(line).AppendLine("**").AppendLine();
        }

        return text.ToString();
    }

    /// <summary>One bug: message, size, replay command, interleaving table, sequence diagram and the tasks' user code.</summary>
    public static string RenderBug(BugBundle bundle)
    {
        var text = new StringBuilder();
        text.Append("## ").AppendLine(bundle.Cell).AppendLine();
        text.Append("**").Append(bundle.Verdict.Message).AppendLine("**").AppendLine();
        text.AppendLine(SizeLine(bundle)).AppendLine();
        text.AppendLine("Replay:").AppendLine().AppendLine("```sh").AppendLine(bundle.ReplayCommand).AppendLine("```").AppendLine();
        if (bundle.Schedule.Count > 0)
        {
            text.Append(InterleavingTable.Markdown(bundle)).AppendLine().AppendLine(InterleavingTable.Legend).AppendLine();
            text.AppendLine("```mermaid").Append(MermaidDiagram.Render(bundle)).AppendLine("```").AppendLine();
        }

        if (UserCodeText.Lines(bundle) is { Count: > 0 } code)
        {
            text.AppendLine("```text").AppendJoin('\n', code).AppendLine().AppendLine("```").AppendLine();
        }

        return text.ToString();
    }

    /// <summary>The bug's size, and what it was before shrinking.</summary>
    public static string SizeLine(BugBundle bundle)
    {
        var now = Size(bundle.Size);
        return bundle.Shrinking is { } shrink
            ? string.Create(CultureInfo.InvariantCulture, $"Shrunk from {Size(shrink.Before)} to {now} in {shrink.Seconds:0.0} s.")
            : $"Size: {now} (not shrunk).";
    }

    private static string Size(BugSize size) =>
        string.Create(CultureInfo.InvariantCulture, $"{size.Tasks} tasks, {size.Operations} operations, {size.Steps} steps, {size.Preemptions} preemptions");
}
