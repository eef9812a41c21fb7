using StressMaps.Harness.Oracles;
using StressMaps.Harness.Exploration;

namespace StressMaps.Tests.Oracles.Matrix;

/// <summary>
/// Every expected-safe cell of the default matrix sampled 1,000 times with no bug. One class per strategy:
/// xunit runs classes side by side and the tests of one class in turn, so the two halves share the cores.
/// </summary>
public abstract class SafeCellTests(string strategy)
{
    [Theory]
    [MemberData(nameof(Cells.SafeExpected), MemberType = typeof(Cells))]
    public void NoBugIn1000Iterations(string scenarioName, string mapName)
    {
        var (scenario, target) = Cells.Find(scenarioName, mapName);
        var options = new ExplorationOptions(Strategy: strategy, Iterations: 1000);

        var verdict = CellRunner.Explore(Cell.Matrix(scenario, target), options);

        Assert.False(verdict.Outcome!.BugFound, $"{verdict.Outcome.BugMessage} (seed {verdict.Options.Seed})");
        Assert.Equal(1000, verdict.Outcome.IterationsExplored);
    }
}

public sealed class SafeCellsUnderPortfolioTests() : SafeCellTests(StrategyName.Portfolio);

public sealed class SafeCellsUnderPrioritizationTests() : SafeCellTests(StrategyName.Prioritization);
