using StressMaps.Harness.Oracles;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Bundles.Shrinking;
using StressMaps.Tests.Oracles.Matrix;

namespace StressMaps.Tests.Bundles;

/// <summary>A bundle names, for each task of the bug, the map's code it was in, captured by replaying the bug's schedule.</summary>
public class UserFramesBundleTests
{
    [Fact]
    public void ADataRaceOnTheUnsafeMapNamesTheMapMethodOfBothTasks()
    {
        var (scenario, target) = Cells.Find("writer-vs-reader", "unsafe");
        var verdict = CellRunner.Explore(Cell.Matrix(scenario, target), new ExplorationOptions(Iterations: 100));
        var outcome = verdict.Outcome!;
        Assert.True(outcome.BugFound);

        var bundle = BugBundleFactory.Create(
            verdict.Id.ToString(), new FoundBug(scenario, outcome.ReproducibleTrace!, outcome.BugMessage!, outcome.BugDetail!), target, verdict.Options.MaxSteps);

        // The writer sets, the reader got the live dictionary from Snapshot (and reads it in the harness, not the map).
        var frames = bundle.Verdict.Stacks.ToDictionary(stack => stack.Task, stack => stack.UserFrames);
        Assert.Matches(@"^StressMaps\.Maps\.UnsafeMap`2\.Set\(TKey key, TValue value\) in .*UnsafeMap\.cs:line \d+$", Assert.Single(frames[1]!));
        Assert.Matches(@"^StressMaps\.Maps\.UnsafeMap`2\.Snapshot\(\) in .*UnsafeMap\.cs:line \d+$", Assert.Single(frames[2]!));
        Assert.Null(bundle.Verdict.Race);
        Assert.Equal("Where each task was in the user's code:", UserCodeText.Lines(bundle)[0]);
    }

    [Fact]
    public void ABundleWithoutUserFramesPrintsNoCodeParagraph()
    {
        var (scenario, target) = Cells.Find("lost-update", "locked");
        var verdict = CellRunner.Explore(Cell.Matrix(scenario, target), new ExplorationOptions(Iterations: 100));
        var outcome = verdict.Outcome!;
        var bundle = BugBundleFactory.Create(
            verdict.Id.ToString(), new FoundBug(scenario, outcome.ReproducibleTrace!, outcome.BugMessage!, outcome.BugDetail!), target, verdict.Options.MaxSteps);

        var stripped = bundle with { Verdict = bundle.Verdict with { Stacks = bundle.Verdict.Stacks.Select(stack => stack with { UserFrames = null }).ToList() } };

        Assert.Empty(UserCodeText.Lines(stripped));
        Assert.NotEmpty(UserCodeText.Lines(bundle));
    }
}
