using System.Diagnostics;

namespace StressMaps.Tests.Cli;

public class GitHubActionsTests
{
    [Fact]
    public async Task UnderGitHubActionsRunWritesTheStepSummaryAnnotationsAndSarif()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"stressmaps-gha-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var summary = Path.Combine(folder, "step-summary.md");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "stressmaps.dll"), "run", "-c", "lost-update", "-m", "locked", "-i", "100", "--no-shrink", "-o", Path.Combine(folder, "out") })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GITHUB_ACTIONS"] = "true";
        start.Environment["GITHUB_STEP_SUMMARY"] = summary;
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

            Assert.True(process.ExitCode == 0, await output + await error);
            Assert.Contains("# StressMaps verdict matrix", File.ReadAllText(summary));
            Assert.Contains("## lost-update.locked", File.ReadAllText(summary));
            Assert.Contains("::notice title=StressMaps lost-update × locked::expected bug: Final check failed", await output);
            Assert.Contains("\"ruleId\": \"final-check\"", File.ReadAllText(Path.Combine(folder, "out", "results.sarif")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
