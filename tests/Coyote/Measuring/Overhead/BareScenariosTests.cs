using StressMaps.Harness.Oracles;
using Microsoft.Coyote;
using Microsoft.Coyote.SystematicTesting;
using StressMaps.Harness.Measuring.Overhead;

namespace StressMaps.Tests.Measuring.Overhead;

public class BareScenariosTests
{
    [Fact]
    public void TheBareScenarioExploresExactlyTheSchedulesOfTheHarnessCell()
    {
        var harness = Explore(CellRunner.TestOf(Cell.Matrix(HarnessOverheadBenchmark.Scenario, HarnessOverheadBenchmark.Map)));
        var bare = Explore(BareScenarios.WriterVersusReaderOnLockedMap);

        // Same seed, same strategy: equal step and operation counts mean the two sides do the same
        // work under Coyote, so their speed ratio is the harness's own overhead.
        Assert.Equal(0, bare.NumOfFoundBugs);
        Assert.Equal(
            (harness.NumOfExploredFairPaths, harness.TotalExploredFairSteps, harness.TotalControlledOperations),
            (bare.NumOfExploredFairPaths, bare.TotalExploredFairSteps, bare.TotalControlledOperations));
    }

    private static TestReport Explore(Func<Task> test)
    {
        var configuration = Configuration.Create()
            .WithTelemetryEnabled(false)
            .WithConsoleLoggingEnabled(false)
            .WithTestingIterations(50)
            .WithRandomGeneratorSeed(20261126);
        using var engine = TestingEngine.Create(configuration, test);
        engine.Run();
        return engine.TestReport;
    }
}
