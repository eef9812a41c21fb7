using StressMaps.Harness.Targets.Loading;
using StressMaps.Tests.Targets.Loading;

namespace StressMaps.Tests.Cli;

/// <summary>Classes that implement no collection interface, judged by <c>stressmaps run --assembly ... --type ...</c> as a user runs it.</summary>
public class ClassTargetCommandTests
{
    internal static readonly Dictionary<string, string> Cache = new()
    {
        [RewrittenAssemblyCache.CacheVariable] = Path.Combine(AppContext.BaseDirectory, "stressmaps-cache"),
    };

    private static readonly string HandOutScenarios = string.Join(
        ",", new[] { "current", "get", "remove", "set" }.Select(operation => $"hands-out-current-then-{operation}"));

    internal static CliProcess.Result Run(params string[] arguments) =>
        CliProcess.RunWith(Cache, ["run", "--assembly", TestMaps.AssemblyPath, .. arguments, "-o", Path.Combine(Path.GetTempPath(), $"stressmaps-test-{Guid.NewGuid():N}")]);

    [Fact]
    public void ARegistryHandingOutItsLiveDictionaryExitsTwoNamingTheMemberAndTheWriter()
    {
        var result = Run("--type", "StressMaps.TestMaps.LiveRegistry", "-i", "100", "-c", HandOutScenarios);

        Assert.True(result.ExitCode == 2, result.Output + result.Error);
        Assert.Contains("LiveRegistry: operations Current() -> Dictionary<string,string> (hands out), Get(string) -> string, Remove(string) -> bool, Set(string, string) -> void", result.Error);
        Assert.Matches(@"Current\(\) -> Dictionary<string,string> handed out LiveRegistry's live collection, not a copy: task 1 was reading it \(received\.\w+\(\w*\)\)\s+while task 2 (had )?called", result.Output);
    }

    [Fact]
    public void TheRegistryCopyingUnderItsLockIsCleanOverAThousandSchedules()
    {
        var result = Run("--type", "StressMaps.TestMaps.CopyingRegistry", "-i", "1000", "-c", HandOutScenarios);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal(4, result.Error.Split('\n').Count(line => line.Contains("safe after 1000 iterations", StringComparison.Ordinal)));
    }

    [Fact]
    public void AMemberTakingADelegateIsListedAsSkippedAndTheRunGoesOn()
    {
        var result = Run("--type", "StressMaps.TestMaps.VisitingRegistry", "-i", "20", "--generate", "1");

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("VisitingRegistry: skipped ForEach(Action<string,int>): delegate parameter", result.ErrorLines);
        Assert.Contains("VisitingRegistry: 3 of 3 operation pairs run in parallel with the key absent, 3 with it present; 0 hand-out/operation combinations", result.ErrorLines);
    }

    [Fact]
    public void AnUnknownOperationNameIsRejectedInOneLine()
    {
        var result = Run("--type", "StressMaps.TestMaps.VisitingRegistry", "--operations", "Add,Visit");

        Assert.True(result.ExitCode == 1, result.Output + result.Error);
        Assert.Contains("StressMaps.TestMaps.VisitingRegistry has no operation 'Visit'; its operations: Add, CountOf", Assert.Single(result.ErrorLines));
    }
}
