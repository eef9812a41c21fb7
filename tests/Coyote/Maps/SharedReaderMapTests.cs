using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Scenarios.Generation;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Targets;

namespace StressMaps.Tests.Maps;

/// <summary>
/// The matrix's scenarios read the map only through snapshots, whose copy Coyote's race check does
/// not see; these generated scenarios call get, set, remove, count and enumerate on the map itself
/// from concurrent tasks, so a reader path that lets a writer in shows as a race or a history no
/// order explains: a reader that ignored the writer flag failed all six rwlocked cells here.
/// </summary>
public class SharedReaderMapTests
{
    public static TheoryData<string, int> GeneratedCells()
    {
        var data = new TheoryData<string, int>();
        foreach (var map in new[] { "rwlocked", "cow" })
        {
            for (var scenario = 0; scenario < 6; scenario++)
            {
                data.Add(map, scenario);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GeneratedCells))]
    public void GeneratedScenariosOnTheMapItselfAreLinearizableAndRaceFree(string mapName, int scenarioIndex)
    {
        var target = TargetCatalog.Find(mapName)!;
        var scenario = ScenarioGenerator.Generate(6, ExplorationOptions.DefaultSeed, TargetCalls.OfferedBy(target))[scenarioIndex];

        var verdict = CellRunner.Explore(Cell.Judged(scenario, target), new ExplorationOptions(Iterations: 300));

        Assert.Equal(Expectation.SafeExpected, verdict.Expectation);
        Assert.False(verdict.Outcome!.BugFound, $"{ScenarioSteps.Of(scenario)}: {verdict.Outcome.BugMessage}");
        Assert.Equal(300, verdict.Outcome.IterationsExplored);
    }
}
