namespace StressMaps.Harness.Reports.Exporters;

/// <summary>
/// GitHub Actions output: the step summary appended to <c>$GITHUB_STEP_SUMMARY</c> and the annotations
/// printed as workflow commands (<see cref="GitHubReport"/>).
/// </summary>
public sealed class GitHubExporter : IExporter
{
    /// <inheritdoc />
    public string Format => "github";

    /// <inheritdoc />
    public void Export(RunReport report, ExportTarget target)
    {
        if (target.Environment("GITHUB_STEP_SUMMARY") is { Length: > 0 } summaryFile)
        {
            File.AppendAllText(summaryFile, GitHubReport.Summary(report));
        }

        foreach (var annotation in GitHubReport.Annotations(report))
        {
            target.Out.WriteLine(annotation);
        }
    }
}
