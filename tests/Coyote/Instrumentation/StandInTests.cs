using StressMaps.Harness.Exploration;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Tests.Targets.Loading;
using Xunit.Abstractions;

namespace StressMaps.Tests.Instrumentation;

/// <summary>
/// Maps on <see cref="System.Threading.Lock"/> and <see cref="ReaderWriterLockSlim"/>, which Coyote does
/// not control, are explored through our stand-ins: the correct ones get no false deadlock, and a
/// writer left without the lock is caught.
/// </summary>
public class StandInTests(ITestOutputHelper output)
{
    private static readonly ExplorationOptions Defaults = new(InterleaveMemoryAccesses: true);

    [Theory]
    [InlineData("LockFieldMap")]
    [InlineData("ReaderWriterLockMap")]
    public void CorrectMapIsCleanOverAThousandSchedulesPerScenario(string name)
    {
        var target = TestMaps.Load(name).Target;

        foreach (var scenario in DictionaryScenarioCatalog.All)
        {
            var verdict = CellRunner.Explore(Cell.Judged(scenario, target), Defaults);

            // lost-update is two calls, read then write: expected to fail on every map.
            Assert.True(verdict.Matches, $"{scenario.Name}: {verdict.Outcome?.BugMessage}");
            Assert.True(scenario == ScenarioCatalog.LostUpdate || verdict.Outcome!.IterationsExplored == 1000, scenario.Name);
            output.WriteLine($"{name} {scenario.Name}: {verdict.Verdict}, {verdict.Outcome!.IterationsPerSecond:0} it/s");
        }
    }

    [Theory]
    [InlineData("LockFieldUnlockedSetMap")]
    [InlineData("ReaderWriterLockUnlockedRemoveMap")]
    public void WriterWithoutTheLockIsFound(string name)
    {
        var target = TestMaps.Load(name).Target;
        var scenario = new Scenario(
            "write-and-remove", "one task writes while another removes", [ScenarioOperation.Set("a", 1)], [[ScenarioOperation.Set("b", 2)], [ScenarioOperation.Remove("a")]]);

        var verdict = CellRunner.Explore(Cell.Judged(scenario, target), Defaults);

        Assert.True(verdict.Outcome!.BugFound, $"no bug in {verdict.Outcome.IterationsExplored} schedules");
        Assert.DoesNotContain("eadlock", verdict.Outcome.BugMessage);
        output.WriteLine($"{name}: schedule {verdict.Outcome.FirstBugIteration}: {verdict.Outcome.BugMessage}");
    }
}
