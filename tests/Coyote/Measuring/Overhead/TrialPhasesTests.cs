using StressMaps.Harness.Measuring.Overhead;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Tests.Measuring.Overhead;

public class TrialPhasesTests
{
    [Fact]
    public void EveryPhaseOfEveryTrialIsMeasuredUpToTheFirstBug()
    {
        var result = TrialPhases.Measure(ScenarioCatalog.LostUpdate, TargetCatalog.Find("unsafe")!, trials: 3);

        Assert.Equal("lost-update × unsafe", result.Cell);
        Assert.Equal(TrialPhases.Names, result.Phases.Select(phase => phase.Name));
        Assert.All(result.Phases, phase => Assert.True(phase.Milliseconds >= 0, $"{phase.Name}: {phase.Milliseconds} ms"));
        Assert.InRange(result.MedianIterations, 1, 100);

        // lost-update runs two tasks besides the test's own operation, each taking a few scheduling steps.
        Assert.InRange(result.MedianOperationsPerIteration, 3, 10);
        Assert.InRange(result.MedianStepsPerIteration, 3, 2000);
    }
}
