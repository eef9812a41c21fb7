using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Tests.Oracles.Matrix;

/// <summary>The default matrix's cells, by expectation, as xunit theory data.</summary>
public static class Cells
{
    public static TheoryData<string, string> BugExpected => Where(Expectation.BugExpected);

    public static TheoryData<string, string> SafeExpected => Where(Expectation.SafeExpected);

    public static (Scenario Scenario, Target Target) Find(string scenario, string map) =>
        (ScenarioCatalog.Find(scenario)!, TargetCatalog.Find(map)!);

    private static TheoryData<string, string> Where(Expectation expectation)
    {
        var data = new TheoryData<string, string>();
        foreach (var scenario in ScenarioCatalog.All)
        {
            foreach (var target in TargetCatalog.BuiltIn)
            {
                if (ExpectationTable.For(scenario, target).Expectation == expectation)
                {
                    data.Add(scenario.Name, target.Name);
                }
            }
        }

        return data;
    }
}
