using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Targets.Loading;
using StressMaps.Tests.Targets.Loading;

namespace StressMaps.Tests.Cli;

public class UserTargetCommandTests
{
    private static readonly Dictionary<string, string> Cache = new()
    {
        [RewrittenAssemblyCache.CacheVariable] = Path.Combine(AppContext.BaseDirectory, "stressmaps-cache"),
    };

    private static CliProcess.Result Run(params string[] arguments) => CliProcess.RunWith(Cache, ["run", .. arguments]);

    [Theory]
    [InlineData("CheckThenAdMap", "closest: StressMaps.TestMaps.CheckThenAddMap`2")]
    [InlineData("StressMaps.TestMaps.ClockedMap`2", "ClockedMap<string,int> cannot be made: StressMaps cannot pass parameter 'clock' (TimeProvider) of new ClockedMap<string,int>(TimeProvider clock)")]
    [InlineData("StressMaps.TestMaps.NotAMap", "NotAMap has no operation StressMaps can call")]
    [InlineData("StressMaps.TestMaps.FrozenMap`2", "FrozenMap<string,int> is read-only (its mutators throw NotSupportedException)")]
    [InlineData("StressMaps.TestMaps.ThrowingMap`2", "ThrowingMap<string,int> cannot be made: every construction tried threw (new ThrowingMap<string,int>() threw InvalidOperationException: no configuration found)")]
    public void TypeThatCannotBeExploredIsRejectedInOneLine(string type, string expected)
    {
        var result = Run("--assembly", TestMaps.AssemblyPath, "--type", type);

        AssertRejected(result, expected);
    }

    [Fact]
    public void MissingAssemblyIsRejectedInOneLine()
    {
        AssertRejected(Run("--assembly", "/nowhere/Maps.dll", "--type", "X"), "assembly not found: /nowhere/Maps.dll");
    }

    [Fact]
    public void FileThatIsNotAnAssemblyIsRejectedInOneLine()
    {
        var file = Path.Combine(Path.GetTempPath(), $"stressmaps-not-an-assembly-{Guid.NewGuid():N}.dll");
        File.WriteAllText(file, "not a program");
        try
        {
            AssertRejected(Run("--assembly", file, "--type", "X"), "is not a .NET assembly");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void AssemblyWithoutTypeIsRejectedInOneLine()
    {
        AssertRejected(Run("--assembly", TestMaps.AssemblyPath), "--assembly needs at least one --type");
    }

    [Fact]
    public void MisspelledFrameworkTypeIsRejectedNamingTheClosestMatch()
    {
        AssertRejected(Run("--type", "System.Collections.Generic.SortedDictionry"), "System.Collections.Generic.SortedDictionary`2");
    }

    [Fact]
    public void UnknownContractIsRejectedListingTheValidOnes()
    {
        AssertRejected(
            Run("--type", "System.Collections.Generic.SortedDictionary`2", "--contract", "mostly-safe"),
            "unknown contract 'mostly-safe'. Valid contracts: thread-safe, not-thread-safe, single-writer.");
    }

    [Fact]
    public void BuggyUserMapExitsTwoAndExplainsWhyNoOrderFits()
    {
        var result = Run("--assembly", TestMaps.AssemblyPath, "--type", "StressMaps.TestMaps.CheckThenAddMap`2", "--scenarios", "add-same-key", "-i", "200",
            "-o", Path.Combine(Path.GetTempPath(), $"stressmaps-test-{Guid.NewGuid():N}"));

        Assert.True(result.ExitCode == 2, result.Output + result.Error);
        Assert.Contains("why: add-same-key × CheckThenAddMap<string,int>", result.Output);
        Assert.Contains("History (each call with its answer and its logical call..return times):", result.Output);
        Assert.Contains("| task 1 ", result.Output);
        Assert.Contains("but the map would answer throws ArgumentException", result.Output);
    }

    [Fact]
    public void TypeWithNoFlagsGetsTheCatalogAndGeneratedScenarios()
    {
        var output = Path.Combine(Path.GetTempPath(), $"stressmaps-test-{Guid.NewGuid():N}");
        try
        {
            var result = Run("--type", "System.Collections.Concurrent.ConcurrentDictionary`2", "-i", "10", "-o", output);

            var run = RunDocumentJson.Deserialize(File.ReadAllText(Path.Combine(output, "run.json")));
            var scenarios = run.Cells.Select(cell => cell.Scenario).ToList();
            Assert.Contains("add-same-key", scenarios);
            Assert.Contains("lost-update", scenarios);
            Assert.Contains("generated-1", scenarios);
            Assert.Contains($"generated-{StressMaps.Harness.Scenarios.Generation.ScenarioGenerator.DefaultCount}", scenarios);
            Assert.DoesNotContain("writer-vs-reader", scenarios);
            var generated = run.Cells.First(cell => cell.Scenario == "generated-1");
            Assert.Equal("thread-safe", generated.Contract);
            Assert.Contains("System.Collections.Concurrent.ConcurrentDictionary", generated.Target);
            Assert.Matches(@"task 1: .+ \| task 2: ", generated.Steps);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static void AssertRejected(CliProcess.Result result, string expected)
    {
        Assert.True(result.ExitCode == 1, result.Output + result.Error);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", result.Error);
    }
}
