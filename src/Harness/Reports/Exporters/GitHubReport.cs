using System.Text;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Reports.Exporters;

/// <summary>
/// What a run gives GitHub Actions: a step summary (Markdown, kept under GitHub's 1 MiB limit, past
/// which it drops the whole summary) and annotations, an error per cell that disagrees with its
/// expectation and a notice per expected bug. Enabled when <c>GITHUB_ACTIONS=true</c>.
/// </summary>
public static class GitHubReport
{
    /// <summary>GitHub drops a step summary over 1 MiB; stay well under it.</summary>
    public const int SummaryBudgetBytes = 1024 * 1024 - 16 * 1024;

    /// <summary>GitHub shows at most 10 error and 10 notice annotations per step.</summary>
    public const int MaxAnnotationsPerKind = 10;

    /// <summary>Whether the environment says this runs in GitHub Actions.</summary>
    public static bool IsEnvironmentallyEnabled(Func<string, string?> environment) =>
        string.Equals(environment("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The step summary: the matrix, then as many bugs as fit in <paramref name="budgetBytes"/>.</summary>
    public static string Summary(RunReport report, int budgetBytes = SummaryBudgetBytes)
    {
        var text = new StringBuilder(MarkdownExporter.RenderMatrix(report));
        var left = 0;
        foreach (var bundle in report.Bundles)
        {
            var bug = MarkdownExporter.RenderBug(bundle);
            if (left > 0 || Encoding.UTF8.GetByteCount(text.ToString()) + Encoding.UTF8.GetByteCount(bug) > budgetBytes - 200)
            {
                left++;
                continue;
            }

            text.Append(bug);
        }

        if (left > 0)
        {
            text.Append("_").Append(left).AppendLine(" more bugs left out to stay under GitHub's summary size limit; see report.html and bugs/._");
        }

        return text.ToString();
    }

    /// <summary>The workflow commands that annotate the run, one per line.</summary>
    public static IReadOnlyList<string> Annotations(RunReport report)
    {
        var errors = report.Run.Cells.Where(cell => cell.Verdict != VerdictKind.Skipped && !cell.Matches)
            .Take(MaxAnnotationsPerKind)
            .Select(cell => Command("error", cell.Id.Display,
                cell.Verdict == VerdictKind.Bug ? $"unexpected bug: {cell.BugMessage}{Replay(report, cell)}" : $"expected bug not found: {cell.Reason}"));
        var notices = report.Run.Cells.Where(cell => cell is { Verdict: VerdictKind.Bug, Matches: true })
            .Take(MaxAnnotationsPerKind)
            .Select(cell => Command("notice", cell.Id.Display, $"expected bug: {cell.BugMessage}{Replay(report, cell)}"));
        return errors.Concat(notices).ToList();
    }

    private static string Replay(RunReport report, RunFiles.CellRecord cell) =>
        report.BundleOf(cell) is { } bundle ? $"\nreplay: {bundle.ReplayCommand}" : "";

    private static string Command(string kind, string title, string message) =>
        $"::{kind} title={GitHubEscaper.Property($"StressMaps {title}")}::{GitHubEscaper.Message(message)}";
}
