using StressMaps.Harness.Scenarios.Generation;
using StressMaps.Harness.Scenarios;

namespace StressMaps.Tests.Scenarios.Generation;

public class ScenarioGeneratorTests
{
    private static readonly OperationKind[] Offered = [OperationKind.Get, OperationKind.Set, OperationKind.Add, OperationKind.Count];

    [Fact]
    public void SameSeedGivesTheSameScenarios()
    {
        var first = ScenarioGenerator.Generate(20, 7, Offered);
        var second = ScenarioGenerator.Generate(20, 7, Offered);

        Assert.Equal(Describe(first), Describe(second));
    }

    [Fact]
    public void DifferentSeedsGiveDifferentScenarios()
    {
        Assert.NotEqual(Describe(ScenarioGenerator.Generate(20, 7, Offered)), Describe(ScenarioGenerator.Generate(20, 8, Offered)));
    }

    [Fact]
    public void ScenariosAreSmallAndUseOnlyOfferedOperations()
    {
        var scenarios = ScenarioGenerator.Generate(200, 11, Offered);

        Assert.All(scenarios, scenario =>
        {
            Assert.InRange(scenario.Tasks.Count, 2, 3);
            Assert.All(scenario.Tasks, task => Assert.InRange(task.Count, 1, 3));
            Assert.InRange(scenario.Setup.Count, 0, 2);
            Assert.All(scenario.Tasks.SelectMany(task => task), step => Assert.Contains(step.Kind, Offered));
        });
        Assert.Contains(scenarios, scenario => scenario.Tasks.Count == 3);
        Assert.Contains(scenarios, scenario => scenario.Setup.Count > 0);
    }

    private static string Describe(IEnumerable<Scenario> scenarios) =>
        string.Join(" | ", scenarios.Select(scenario =>
            string.Join("; ", scenario.Setup) + " => " + string.Join(" || ", scenario.Tasks.Select(task => string.Join("; ", task)))));
}
