using System.Text.Json;
using StressMaps.Tests.Reports.Exporters.Sarif;

namespace StressMaps.Tests.Cli;

public class SarifCommandTests
{
    [Fact]
    public void RunWithFormatSarifWritesASchemaValidFileWithAResultForTheUnsafeCell()
    {
        var output = Path.Combine(Path.GetTempPath(), $"stressmaps-sarif-{Guid.NewGuid():N}");
        try
        {
            var result = CliProcess.Run("run", "-c", "writer-vs-reader", "-m", "unsafe,locked", "-f", "sarif", "-i", "200", "--no-shrink", "-o", output);

            Assert.True(result.ExitCode == 0, result.Output + result.Error);
            var sarif = File.ReadAllText(Path.Combine(output, "results.sarif"));
            Assert.Empty(SarifSchema.Errors(sarif));
            var results = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
            var unsafeResult = Assert.Single(results);
            Assert.Equal("writer-vs-reader.unsafe", unsafeResult.GetProperty("properties").GetProperty("cell").GetString());
            Assert.Equal(("data-race", "note"), (unsafeResult.GetProperty("ruleId").GetString(), unsafeResult.GetProperty("level").GetString()));
            Assert.False(File.Exists(Path.Combine(output, "summary.md")), "-f sarif writes SARIF alone");
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
