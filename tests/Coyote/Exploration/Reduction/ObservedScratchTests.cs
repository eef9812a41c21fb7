using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Reduction;
using StressMaps.Harness.Oracles;
using StressMaps.Reduction;
using StressMaps.Tests.Oracles.Matrix;
using Xunit.Abstractions;

namespace StressMaps.Tests.Exploration.Reduction;

public class ObservedScratchTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("writer-vs-reader", "clone")]
    [InlineData("writer-vs-reader", "locked")]
    [InlineData("aliased-snapshot", "locked")]
    [InlineData("atomic-update", "concurrent")]
    [InlineData("writer-vs-reader", "unsafe")]
    public void Scratch(string scenarioName, string targetName)
    {
        var (scenario, target) = Cells.Find(scenarioName, targetName);
        var options = new ExplorationOptions(Strategy: StrategyName.Exhaustive, Iterations: 20_000);
        var dpor = DporSearch.Explore(CellRunner.TestOf(Cell.Matrix(scenario, target)), options, FootprintRules.Observed);
        output.WriteLine($"{scenarioName} x {targetName}: bug={dpor.BugFound} {dpor.BugMessage} {dpor.Coverage!.Describe()} sleepBlocked={dpor.Coverage.SleepBlocked}");
    }
}
