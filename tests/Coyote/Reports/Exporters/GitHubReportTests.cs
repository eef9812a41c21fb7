using StressMaps.Harness.Reports.Exporters;

namespace StressMaps.Tests.Reports.Exporters;

public class GitHubReportTests
{
    [Fact]
    public void MessageEscapesPercentCarriageReturnAndLineFeed()
    {
        Assert.Equal("100%25 done%0D%0Anext: a,b", GitHubEscaper.Message("100% done\r\nnext: a,b"));
    }

    [Fact]
    public void PropertyAlsoEscapesColonAndComma()
    {
        Assert.Equal("a%3A b%2C c%25%0A", GitHubEscaper.Property("a: b, c%\n"));
    }

    [Fact]
    public void AnnotationsAreOneLineEachWithAnErrorForTheUnexpectedBug()
    {
        var annotations = GitHubReport.Annotations(SampleReport.Create());

        Assert.All(annotations, line => Assert.DoesNotContain('\n', line));
        var error = Assert.Single(annotations, line => line.StartsWith("::error ", StringComparison.Ordinal));
        Assert.Contains("title=StressMaps atomic-update × locked::unexpected bug", error);
        Assert.Contains(annotations, line => line.StartsWith("::notice ", StringComparison.Ordinal) && line.Contains("%0Areplay: stressmaps replay"));
    }

    [Fact]
    public void SummaryLeavesOutBugsThatWouldPassTheSizeBudget()
    {
        var report = SampleReport.Create();
        var matrixOnly = MarkdownExporter.RenderMatrix(report);

        var summary = GitHubReport.Summary(report, budgetBytes: System.Text.Encoding.UTF8.GetByteCount(matrixOnly) + 300);

        Assert.DoesNotContain("## writer-vs-reader.unsafe", summary);
        Assert.Contains("1 more bugs left out", summary);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(summary) < System.Text.Encoding.UTF8.GetByteCount(matrixOnly) + 300);
    }

    [Fact]
    public void EnabledOnlyWhenGitHubActionsIsTrue()
    {
        Assert.True(GitHubReport.IsEnvironmentallyEnabled(name => name == "GITHUB_ACTIONS" ? "true" : null));
        Assert.False(GitHubReport.IsEnvironmentallyEnabled(_ => null));
    }
}
