using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Tests.Verdicts;

public class ExpectationTableTests
{
    [Fact]
    public void LeakingVariantsAreExpectedToCrashWhenTheOwnerWritesWhileACallerReads()
    {
        var leaking = TargetCatalog.BuiltIn
            .Where(target => ExpectationTable.For(ScenarioCatalog.WriterVersusReader, target).Expectation == Expectation.BugExpected)
            .Select(target => target.Name);

        Assert.Equal(["unsafe", "readonly-view", "unlocked-clone"], leaking);
    }

    [Fact]
    public void LostUpdateIsExpectedOnEveryMapAndAtomicUpdateIsSafeWhereOffered()
    {
        foreach (var target in TargetCatalog.BuiltIn)
        {
            Assert.Equal(Expectation.BugExpected, ExpectationTable.For(ScenarioCatalog.LostUpdate, target).Expectation);
            var atomic = ExpectationTable.For(ScenarioCatalog.AtomicUpdate, target).Expectation;
            Assert.Equal(target.OffersAtomicUpdate ? Expectation.SafeExpected : Expectation.NotApplicable, atomic);
        }
    }

    [Fact]
    public void CellSeedsDifferPerCellAndRepeatPerRunSeed()
    {
        var seeds = ScenarioCatalog.All
            .SelectMany(scenario => TargetCatalog.BuiltIn.Select(target => CellSeeds.For(42, new CellId(scenario.Name, target.Name))))
            .ToList();

        Assert.Equal(seeds.Count, seeds.Distinct().Count());
        Assert.Equal(CellSeeds.For(42, new CellId("lost-update", "locked")), CellSeeds.For(42, new CellId("lost-update", "locked")));
        Assert.NotEqual(CellSeeds.For(42, new CellId("lost-update", "locked")), CellSeeds.For(43, new CellId("lost-update", "locked")));
    }
}
