using System.Text.Json.Nodes;
using Microsoft.Coyote.SystematicTesting;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Exhaustive;

namespace StressMaps.Tests.Exploration.Exhaustive;

public class DfsTraceTests
{
    [Fact]
    public void WritesEverySettingCoyotesTraceReaderOverwrites()
    {
        // Coyote's TraceReport.FromJson copies each of these into the configuration; one left out would become 0 or false.
        var settingsType = typeof(TestingEngine).Assembly.GetType("Microsoft.Coyote.SystematicTesting.TraceReport+TestSettings", throwOnError: true)!;
        var settings = JsonNode.Parse(DfsTrace.For(new ExplorationOptions()))!["Settings"]!.AsObject();

        Assert.Equal(settingsType.GetProperties().Select(property => property.Name).Order(), settings.Select(setting => setting.Key).Order());
    }

    [Fact]
    public void NamesDepthFirstSearchWithoutPortfolioAndNoSteps()
    {
        var trace = JsonNode.Parse(DfsTrace.For(new ExplorationOptions(MaxSteps: 321, InterleaveMemoryAccesses: true)))!;

        Assert.Equal("dfs", (string?)trace["Settings"]!["Strategy"]);
        Assert.Equal("none", (string?)trace["Settings"]!["PortfolioMode"]);
        Assert.Equal(321, (int)trace["Settings"]!["MaxUnfairSchedulingSteps"]!);
        Assert.True((bool)trace["Settings"]!["IsMemoryAccessRaceCheckingEnabled"]!);
        Assert.Equal(DfsTrace.DeadlockTimeoutMilliseconds, (uint)trace["Settings"]!["DeadlockTimeout"]!);
        Assert.Empty(trace["Steps"]!.AsArray());
    }
}
