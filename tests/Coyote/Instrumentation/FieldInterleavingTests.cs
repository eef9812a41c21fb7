using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Scenarios.Generation;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Tests.Targets.Loading;
using Xunit.Abstractions;

namespace StressMaps.Tests.Instrumentation;

/// <summary>
/// Races Coyote's own memory-access pass cannot see (inside property accessors, on static fields) are
/// found by ours over the scenarios <c>stressmaps run --assembly --type</c> explores with its defaults
/// (the dictionary catalog and 12 generated from the default seed, 100 schedules per cell), and only
/// with field-level interleaving on; their corrected versions stay clean.
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

        var bugs = RunScenarios(target, Defaults with { Iterations = 100 }).Where(verdict => verdict.Outcome!.BugFound).ToList();

        Assert.NotEmpty(bugs);
        Assert.All(bugs, bug => Assert.StartsWith("Not linearizable", bug.Outcome!.BugMessage));
        output.WriteLine(string.Join("\n", bugs.Select(bug => $"{bug.Id}: schedule {bug.Outcome!.FirstBugIteration}")));
    }

    [Theory]
    [InlineData("AutoPropertyCountMap")]
    [InlineData("LazyStoreMap")]
    [InlineData("StaticCounterMap")]
    public void WithoutFieldLevelInterleavingNoScenarioFindsTheRace(string name)
    {
        var target = TestMaps.Load(name).Target;

        var bugs = RunScenarios(target, Defaults with { Iterations = 100, InterleaveMemoryAccesses = false })
            .Where(verdict => verdict.Outcome!.BugFound)
            .Select(verdict => $"{verdict.Id}: {verdict.Outcome!.BugMessage}");

        Assert.Empty(bugs);
    }

    [Theory]
    [InlineData("AutoPropertyCountFixedMap")]
    [InlineData("LazyStoreFixedMap")]
    [InlineData("StaticCounterFixedMap")]
    public void CorrectedVersionIsCleanOverAThousandSchedules(string name)
    {
        var target = TestMaps.Load(name).Target;

        foreach (var scenario in new[] { DictionaryScenarioCatalog.CountAfterAdds, DictionaryScenarioCatalog.ConcurrentWrites })
        {
            var verdict = CellRunner.Explore(Cell.Judged(scenario, target), Defaults);

            Assert.False(verdict.Outcome!.BugFound, verdict.Outcome.BugDetail);
            Assert.Equal(1000, verdict.Outcome.IterationsExplored);
        }
    }

    /// <summary>
    /// The cells the run explores on a user's map, but lost-update: two calls read then write, which fails on
    /// every map with or without field-level interleaving.
    /// </summary>
    internal static IEnumerable<CellVerdict> RunScenarios(Target target, ExplorationOptions options) =>
        DictionaryScenarioCatalog.All
            .Where(scenario => scenario != ScenarioCatalog.LostUpdate)
            .Concat(ScenarioGenerator.Generate(ScenarioGenerator.DefaultCount, options.Seed, TargetCalls.OfferedBy(target)))
            .Select(scenario => CellRunner.Explore(Cell.Judged(scenario, target), options));
}
