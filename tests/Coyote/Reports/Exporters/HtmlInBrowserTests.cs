using System.Diagnostics;
using StressMaps.Harness.Reports.Exporters;

namespace StressMaps.Tests.Reports.Exporters;

public class HtmlInBrowserTests
{
    [Fact]
    public void HeadlessChromiumRendersTheMatrixAndEachBugsSwimlane()
    {
        var chromium = FindChromium();
        if (chromium is null)
        {
            // CI installs chromium (.ci/run), so there a missing browser fails the test; locally it may be absent.
            Assert.True(Environment.GetEnvironmentVariable("CI") is null, "chromium is not installed (apt-get install -y chromium)");
            return;
        }

        var folder = Path.Combine(Path.GetTempPath(), $"stressmaps-html-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var report = SampleReport.Create();
            var page = Path.Combine(folder, "report.html");
            File.WriteAllText(page, new HtmlExporter().Render(report));
            var screenshot = Path.Combine(folder, "report.png");

            var dom = RunChromium(chromium, folder, "--dump-dom", new Uri(page).AbsoluteUri);
            RunChromium(chromium, folder, $"--screenshot={screenshot}", "--window-size=1200,1400", new Uri(page).AbsoluteUri);

            Assert.Contains("<table class=\"matrix\" id=\"matrix\">", dom);
            Assert.Contains(">writer-vs-reader<", dom);
            foreach (var bundle in report.Bundles)
            {
                Assert.Contains($"id=\"bug-{bundle.Cell}\"", dom);
                Assert.Contains($"aria-label=\"schedule of {bundle.Cell}\"", dom);
            }

            Assert.Equal(report.Bundles.Sum(bundle => bundle.Schedule.Count), CountOf(dom, "<rect class=\"step"));
            Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is (nearly) empty");
            CopyForInspection(screenshot);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string? FindChromium() =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    private static string RunChromium(string chromium, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     $"--user-data-dir={Path.Combine(folder, $"profile-{Guid.NewGuid():N}")}",
                 }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish in 2 minutes");
        }

        Assert.True(process.ExitCode == 0, $"chromium exited {process.ExitCode}: {error.Result}");
        return output.Result;
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    // Leaves the screenshot where a person can look at it after the run.
    private static void CopyForInspection(string screenshot) =>
        File.Copy(screenshot, Path.Combine(Path.GetTempPath(), "stressmaps-report-screenshot.png"), overwrite: true);
}
