using StressMaps.Harness.Bundles.Shrinking;
using StressMaps.Harness.Exploration.Traces;
using StressMaps.Harness.Reports.Exporters;

namespace StressMaps.Tests.Reports.Exporters;

public class UserCodeTextTests
{
    [Fact]
    public void FramesPrintedBesideTheBugAsFoundNumberTasksAsItsHistoryTableDoes()
    {
        // Shrinking dropped task 2 of three: the bundle's task 2 is task 3 of the history table run.json keeps.
        var sample = SampleReport.Bundle();
        var bundle = sample with
        {
            Verdict = sample.Verdict with
            {
                Stacks = [new TaskStack(1, "set(c, 3)", null, ["at UnsafeMap.Set"]), new TaskStack(2, "snapshot.enumerate()", null, ["at UnsafeMap.Enumerate"])],
                Race = new FieldRacePair("UnsafeMap._count", SwitchedAway: 2, Meanwhile: 1),
            },
            Shrinking = sample.Shrinking! with { TasksAsFound = [1, 3] },
        };

        var asFound = UserCodeText.Lines(bundle, asFound: true);
        var asBundled = UserCodeText.Lines(bundle);

        Assert.Contains("  task 3 was switched away right before it touched UnsafeMap._count, at", asFound);
        Assert.Contains("  task 1 touched UnsafeMap._count meanwhile, at", asFound);
        Assert.DoesNotContain(asFound, line => line.Contains("task 2", StringComparison.Ordinal));
        Assert.Contains("  task 2 was switched away right before it touched UnsafeMap._count, at", asBundled);
    }
}
