using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Targets;

namespace StressMaps.Tests.Oracles;

public class FrameworkTruthTableTests
{
    private static readonly ExplorationOptions Options = new(Iterations: 150);

    public static TheoryData<string, string> Cells()
    {
        var data = new TheoryData<string, string>();
        foreach (var scenario in FrameworkTruthTable.Scenarios)
        {
            // ConcurrentDictionary's row has its own test below.
            foreach (var (type, _) in FrameworkTruthTable.Rows.Where(row => row.Contract != ThreadSafetyContract.ThreadSafe))
            {
                data.Add(scenario.Name, type);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void EveryCellOfTheTruthTableShowsWhatTheContractPredicts(string scenarioName, string typeName)
    {
        var scenario = FrameworkTruthTable.Scenarios.Single(candidate => candidate.Name == scenarioName);
        var target = FrameworkTruthTable.Targets()[FrameworkTruthTable.Rows.ToList().FindIndex(row => row.TypeName == typeName)];

        var verdict = CellRunner.Explore(Cell.Judged(scenario, target), Options);

        Assert.True(verdict.Matches, $"{verdict.Id}: expected {verdict.Expectation} ({verdict.Reason}), got {verdict.Verdict}: {verdict.Outcome?.BugMessage}");
        if (target.Contract == ThreadSafetyContract.NotThreadSafe && verdict.Expectation == Expectation.BugExpected && scenarioName != "lost-update")
        {
            Assert.StartsWith("Contract violation (not-thread-safe)", verdict.Outcome!.BugMessage);
        }
    }

    [Fact]
    public void ConcurrentDictionaryPassesEverySingleCallScenarioAndFailsOnlyReadThenWrite()
    {
        var target = FrameworkTruthTable.Targets().Single(candidate => candidate.Contract == ThreadSafetyContract.ThreadSafe);

        var verdicts = FrameworkTruthTable.Scenarios.Select(scenario => CellRunner.Explore(Cell.Judged(scenario, target), Options)).ToList();

        Assert.Equal(["lost-update"], verdicts.Where(verdict => verdict.Outcome!.BugFound).Select(verdict => verdict.Scenario));
        Assert.Matches("^(Final check failed|Not linearizable)", verdicts.Single(verdict => verdict.Outcome!.BugFound).Outcome!.BugMessage);
    }
}
