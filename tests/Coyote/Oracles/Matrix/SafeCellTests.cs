using StressMaps.Harness.Oracles;
using StressMaps.Harness.Exploration;

namespace StressMaps.Tests.Oracles.Matrix;

public class SafeCellTests
{
    public static TheoryData<string, string, string> SafeCellsUnderTwoStrategies()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var cell in Cells.SafeExpected)
        {
            foreach (var strategy in new[] { StrategyName.Portfolio, StrategyName.Prioritization })
            {
                data.Add((string)cell[0], (string)cell[1], strategy);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SafeCellsUnderTwoStrategies))]
    public void NoBugIn1000Iterations(string scenarioName, string mapName, string strategy)
    {
        var (scenario, target) = Cells.Find(scenarioName, mapName);
        var options = new ExplorationOptions(Strategy: strategy, Iterations: 1000);

        var verdict = CellRunner.Explore(Cell.Matrix(scenario, target), options);

        Assert.False(verdict.Outcome!.BugFound, $"{verdict.Outcome.BugMessage} (seed {verdict.Options.Seed})");
        Assert.Equal(1000, verdict.Outcome.IterationsExplored);
    }
}
