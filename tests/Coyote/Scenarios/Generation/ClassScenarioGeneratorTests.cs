using StressMaps.Harness.Scenarios.Generation;
using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Scenarios;
using StressMaps.Tests.Targets.Operations;

namespace StressMaps.Tests.Scenarios.Generation;

public class ClassScenarioGeneratorTests
{
    private static readonly OperationModel Five = OperationDiscovery.Discover(typeof(FiveOperations), DomainOptions.Default);

    [Theory]
    [InlineData(0u)]
    [InlineData(1u)]
    [InlineData(42u)]
    [InlineData(20261126u)]
    [InlineData(uint.MaxValue)]
    public void EveryParallelPairOfFiveOperationsIsCoveredWithTheKeyAbsentAndPresentWhateverTheSeed(uint seed)
    {
        Assert.Equal(5, Five.Operations.Count);

        var coverage = ClassCoverage.Of(Five, ClassScenarioGenerator.Generate(Five, DomainOptions.Default, 12, seed));

        Assert.Equal(15, coverage.Pairs.Count);
        Assert.All(coverage.Pairs, pair => Assert.True(pair.KeyAbsent && pair.KeyPresent, $"{pair.First} ∥ {pair.Second} not covered both ways"));
        Assert.True(coverage.AllPairs(presentPossible: true));
    }

    [Fact]
    public void EveryOperationRunsAfterEachHandOutWhileTheReceiverKeepsUsingIt()
    {
        var coverage = ClassCoverage.Of(Five, ClassScenarioGenerator.HandOuts(Five, DomainOptions.Default));

        Assert.Equal(Five.Operations.Select(operation => new HandOutCoverage("Snapshot", operation.Name)), coverage.HandOuts);
    }

    [Fact]
    public void PairsShareTheFirstKeyAndTheSetupMakesItPresent()
    {
        var pair = ClassScenarioGenerator.Pairs(Five).Single(scenario => scenario.Name == "pair-store-store-present");

        Assert.Equal("Store(a, 1)", pair.Setup.Single().ToString());
        Assert.Equal(["Store(a, 1)", "Store(a, 2)"], pair.Tasks.Select(task => task.Single().ToString()));
    }

    [Fact]
    public void TheReceivingTaskLooksUpCountsAndEnumeratesWhatItGot()
    {
        var handOut = ClassScenarioGenerator.HandOuts(Five, DomainOptions.Default).Single(scenario => scenario.Name == "hands-out-snapshot-then-drop");

        Assert.Equal(
            ["Snapshot()", "received.lookup(a)", "received.count()", "received.enumerate()"],
            handOut.Tasks[0].Select(step => step.ToString()));
        Assert.Equal(["Store(a, 1)", "Store(b, 1)"], handOut.Setup.Select(step => step.ToString()));
    }

    [Fact]
    public void RandomScenariosFollowTheSeed()
    {
        var first = RandomScenarios.Draw(Five, DomainOptions.Default, 5, 7);
        var again = RandomScenarios.Draw(Five, DomainOptions.Default, 5, 7);
        var other = RandomScenarios.Draw(Five, DomainOptions.Default, 5, 8);

        Assert.Equal(Text(first), Text(again));
        Assert.NotEqual(Text(first), Text(other));
        Assert.All(first.SelectMany(scenario => scenario.Tasks.SelectMany(task => task)), step => Assert.True(step.IsClassStep));
    }

    private static string Text(IEnumerable<Scenario> scenarios) =>
        string.Join("\n", scenarios.Select(scenario => $"{string.Join(";", scenario.Setup)} | {string.Join(" || ", scenario.Tasks.Select(task => string.Join(";", task)))}"));
}
