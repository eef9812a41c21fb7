using System.Diagnostics;
using StressMaps.Harness.Reports.RunFiles;

namespace StressMaps.Tests.Cli;

public class InterruptedRunTests
{
    // Ctrl+C and SIGTERM (what CI runners and 'docker stop' send) stop the same way, in one process and
    // with worker processes; with workers every fast bug cell may have landed before the first bundle is
    // shrunk, so up to all 9 cells are in the partial run.json, each with its bundle.
    [Theory]
    [InlineData("-INT", 1, 6)]
    [InlineData("-TERM", 1, 6)]
    [InlineData("-INT", 2, 9)]
    public async Task InterruptWritesAPartialRunJsonWithTheBundlesFoundSoFarAndExitsStoppedEarly(string signal, int workers, int mostCells)
    {
        var output = Path.Combine(Path.GetTempPath(), $"stressmaps-interrupted-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "stressmaps.dll"), "run", "--scenarios", "lost-update", "-i", "200", "--parallel", workers.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", output })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var seen = new System.Text.StringBuilder();
            // Every cell finds and shrinks a bug; interrupt once the first bundle is written.
            while (process.StandardError.ReadLine() is { } line)
            {
                seen.AppendLine(line);
                if (line.Contains("bundle bugs/", StringComparison.Ordinal))
                {
                    using var kill = Process.Start("kill", [signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                    kill.WaitForExit();
                    break;
                }
            }

            var rest = await process.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            await stdout;

            Assert.True(process.ExitCode == 5, $"exit {process.ExitCode}: {seen}{rest}");
            var run = RunDocumentJson.Deserialize(File.ReadAllText(Path.Combine(output, "run.json")));
            Assert.True(run.Partial);
            Assert.InRange(run.Cells.Count, 1, mostCells);
            Assert.All(run.Cells, cell => Assert.True(File.Exists(Path.Combine(output, cell.Bundle!)), $"{cell.Bundle} is missing"));
            Assert.Equal("bugs/lost-update.unsafe.bundle.json", run.Cells[0].Bundle);
            Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
            Assert.Contains("stopped-early", File.ReadAllText(Path.Combine(output, "junit.xml")));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
