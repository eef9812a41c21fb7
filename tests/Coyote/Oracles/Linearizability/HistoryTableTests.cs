using StressMaps.Harness.Oracles.Linearizability;
using static StressMaps.Harness.Scenarios.ScenarioOperation;

namespace StressMaps.Tests.Oracles.Linearizability;

public class HistoryTableTests
{
    [Fact]
    public void TableHasAColumnPerTaskAndARowPerCallInCallOrder()
    {
        var table = HistoryTable.Format(
        [
            new HistoryEntry(2, Add("k", 2), 2, 3, "ok"),
            new HistoryEntry(0, Set("a", 1), 0, 1, "ok"),
            new HistoryEntry(1, Add("k", 1), 1, 4, "ok"),
        ], indent: "");

        Assert.Equal(
            """
            | setup                  | task 1                 | task 2                 |
            |------------------------|------------------------|------------------------|
            | set(a, 1) -> ok [0..1] |                        |                        |
            |                        | add(k, 1) -> ok [1..4] |                        |
            |                        |                        | add(k, 2) -> ok [2..3] |
            """.ReplaceLineEndings("\n"),
            table.ReplaceLineEndings("\n"));
    }
}
