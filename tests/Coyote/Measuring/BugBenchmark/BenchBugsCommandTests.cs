using System.Text.Json;
using StressMaps.Harness.Files;
using StressMaps.Harness.Measuring.BugBenchmark;
using StressMaps.Tests.Cli;
using StressMaps.Tests.Cli.ConcurrentTests;

namespace StressMaps.Tests.Measuring.BugBenchmark;

/// <summary><c>stressmaps bench --bugs</c> on one program, one seed, one second per column: the files and what they say.</summary>
public sealed class BenchBugsCommandTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), $"stressmaps-bench-bugs-{Guid.NewGuid():N}");

    [Fact]
    public void WritesBugsMdAndJsonWithEveryColumnAndNoFalseBug()
    {
        var result = CliProcess.RunWith(ConcurrencyBugsFixture.Cache,
            "bench", "--bugs", "--bugs-assembly", ConcurrencyBugsFixture.AssemblyPath, "--budget", "1", "--seeds", "1", "--programs", "LockOrder", "-o", _output);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);

        var document = JsonSerializer.Deserialize<BugBenchmarkDocument>(File.ReadAllText(Path.Combine(_output, "bugs.json")), DocumentJson.Options)!;
        var program = Assert.Single(document.Programs);
        Assert.Equal(("LockOrder", 1), (program.Name, program.Depth));
        Assert.Equal(BugColumns.All, program.Columns.Keys.ToList());
        var ours = program.Columns[BugColumns.Default];
        Assert.Equal((1, 1), (ours.Found, ours.Replayed));
        Assert.StartsWith("Deadlock:", ours.FirstMessage);
        Assert.All(program.Columns.Values, column => Assert.Null(column.TwinFalseBug));
        Assert.Contains("| LockOrder | 1 | 1/1 ·", File.ReadAllText(Path.Combine(_output, "bugs.md")));
    }

    [Fact]
    public void ABudgetThatIsNotWholeSecondsIsOneLine()
    {
        var result = CliProcess.Run("bench", "--bugs", "--budget", "0.5", "-o", _output);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--budget must be a whole number of seconds", Assert.Single(result.ErrorLines));
    }

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }
}
