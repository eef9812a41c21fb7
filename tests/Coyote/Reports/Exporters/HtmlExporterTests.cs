using System.Text.RegularExpressions;
using StressMaps.Harness.Reports.Exporters;

namespace StressMaps.Tests.Reports.Exporters;

public class HtmlExporterTests
{
    [Fact]
    public void PageHasNoScriptAndFetchesNothing()
    {
        var html = new HtmlExporter().Render(SampleReport.Create());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        // The only URL is the SVG namespace, which names and fetches nothing.
        Assert.All(Regex.Matches(html, "https?://[^\"]*").Select(match => match.Value), url => Assert.Equal("http://www.w3.org/2000/svg", url));
    }

    [Fact]
    public void TextFromTheBundleIsEscaped()
    {
        var html = new HtmlExporter().Render(SampleReport.Create());

        Assert.Contains("&lt;in&gt; &amp; &quot;quoted&quot;", html);
        Assert.DoesNotContain("<in>", html);
    }
}
