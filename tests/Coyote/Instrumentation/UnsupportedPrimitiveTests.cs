using StressMaps.Harness.Exploration;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Verdicts;
using StressMaps.Tests.Targets.Loading;

namespace StressMaps.Tests.Instrumentation;

/// <summary>A map on a primitive no one controls is named before exploring and gets its own verdict, not a false bug.</summary>
public class UnsupportedPrimitiveTests
{
    [Fact]
    public void MapOnManualResetEventSlimIsNamedAndItsCellsAreUnsupported()
    {
        var target = TestMaps.Load("ManualResetEventMap").Target;

        var verdict = CellRunner.Explore(Cell.Judged(DictionaryScenarioCatalog.ConcurrentWrites, target), new ExplorationOptions(Iterations: 10));

        Assert.Equal(["System.Threading.ManualResetEventSlim.Wait", "System.Threading.ManualResetEventSlim.new"], target.Uncontrolled);
        Assert.Equal(VerdictKind.Unsupported, verdict.Verdict);
        Assert.Null(verdict.Outcome);
        Assert.Contains("calls System.Threading.ManualResetEventSlim.Wait, System.Threading.ManualResetEventSlim.new, which neither Coyote nor StressMaps controls", verdict.Unsupported);
    }

    [Fact]
    public void MapsOnTheControlledStandInsAreNotUnsupported()
    {
        Assert.Empty(TestMaps.Load("LockFieldMap").Target.Uncontrolled);
        Assert.Empty(TestMaps.Load("ReaderWriterLockMap").Target.Uncontrolled);
    }
}
