using StressMaps.Harness.Exploration;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Tests.UserTargets;
using Xunit.Abstractions;

namespace StressMaps.Tests.Unseen;

/// <summary>
/// Races Coyote's own memory-access pass cannot see (inside property accessors, on static fields) are
/// found by ours with the run's defaults, and only with field-level interleaving on; their corrected
/// versions stay clean.
/// </summary>
public class FieldInterleavingTests(ITestOutputHelper output)
{
    private static readonly ExplorationOptions Defaults = new(InterleaveMemoryAccesses: true);

    [Theory]
    [InlineData("AutoPropertyCountMap")]
    [InlineData("LazyStoreMap")]
    [InlineData("StaticCounterMap")]
    public void RaceInsideAccessorOrOnStaticFieldIsFoundWithinAHundredSchedules(string name)
    {
        var target = TestMaps.Load(name).Target;

        var verdict = OracleMatrixRunner.RunCell(DictionaryScenarioCatalog.CountAfterAdds, target, Defaults with { Iterations = 100 });

        Assert.True(verdict.Outcome!.BugFound, $"no bug in {verdict.Outcome.IterationsExplored} schedules");
        Assert.StartsWith("Not linearizable", verdict.Outcome.BugMessage);
        output.WriteLine($"{name}: found at schedule {verdict.Outcome.FirstBugIteration}");
    }

    [Theory]
    [InlineData("AutoPropertyCountMap")]
    [InlineData("LazyStoreMap")]
    [InlineData("StaticCounterMap")]
    public void WithoutFieldLevelInterleavingNoScenarioFindsTheRace(string name)
    {
        var target = TestMaps.Load(name).Target;

        foreach (var scenario in DictionaryScenarioCatalog.All.Where(scenario => scenario != ScenarioCatalog.LostUpdate))
        {
            var verdict = OracleMatrixRunner.RunCell(scenario, target, Defaults with { Iterations = 100, InterleaveMemoryAccesses = false });

            Assert.False(verdict.Outcome!.BugFound, $"{scenario.Name}: {verdict.Outcome.BugMessage}");
        }
    }

    [Theory]
    [InlineData("AutoPropertyCountFixedMap")]
    [InlineData("LazyStoreFixedMap")]
    [InlineData("StaticCounterFixedMap")]
    public void CorrectedVersionIsCleanOverAThousandSchedules(string name)
    {
        var target = TestMaps.Load(name).Target;

        var verdict = OracleMatrixRunner.RunCell(DictionaryScenarioCatalog.CountAfterAdds, target, Defaults);

        Assert.False(verdict.Outcome!.BugFound, verdict.Outcome.BugDetail);
        Assert.Equal(1000, verdict.Outcome.IterationsExplored);
    }
}
