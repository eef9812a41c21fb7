using StressMaps.Harness.Oracles;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Bundles.Shrinking;
using StressMaps.Tests.Oracles.Matrix;

namespace StressMaps.Tests.Bundles.Shrinking;

public class BugShrinkerTests
{
    // A failed final check; the CLI tests shrink a data race and an exception mid-enumeration. Every
    // cell of the default matrix takes too long for a unit test (it is measured by running the tool).
    [Theory]
    [InlineData("lost-update", "locked")]
    public void ShrunkBugIsSmallAndReplaysTheSameBugEveryTime(string scenarioName, string mapName)
    {
        var (scenario, target) = Cells.Find(scenarioName, mapName);
        var verdict = CellRunner.Explore(Cell.Matrix(scenario, target), new ExplorationOptions(Iterations: 200));
        var found = BugBundleFactory.Create(verdict.Id.ToString(), new FoundBug(scenario, verdict.Outcome!.ReproducibleTrace!,
            verdict.Outcome.BugMessage!, verdict.Outcome.BugDetail!, verdict.Outcome.Bug), target, verdict.Options.MaxSteps);

        var shrunk = BugBundleFactory.Shrink(found, target, new ShrinkOptions(Seed: verdict.Options.Seed));

        Assert.InRange(shrunk.Size.Preemptions, 0, 2);
        Assert.InRange(shrunk.Size.Operations, 1, 4);
        Assert.True(shrunk.Size.Steps <= found.Size.Steps, $"{shrunk.Size.Steps} steps after, {found.Size.Steps} before");
        Assert.Equal(found.Size, shrunk.Shrinking!.Before);
        Assert.Equal(BugSignature.Of(found.Verdict.Bug), BugSignature.Of(shrunk.Verdict.Bug));
        Assert.Equal(Harness.Exploration.Bugs.BugKind.FinalCheck, shrunk.Verdict.Bug!.Kind);
        for (var i = 0; i < 10; i++)
        {
            var replay = CellRunner.Replay(Cell.Matrix(shrunk.Scenario, target), shrunk.Trace.GetRawText(), shrunk.Replay.ReplayOptions);
            Assert.True(replay.Outcome.BugFound, $"replay {i + 1} of the shrunk bug was clean");
        }
    }

    [Fact]
    public void SmallerCandidatesComeOneRemovalAtATimeBeforePairs()
    {
        var (scenario, _) = Cells.Find("lost-update", "locked");

        var candidates = ScenarioShrinker.Smaller(scenario).ToList();

        // setup op, then each task's op, then dropping each task, then the one pair of task operations.
        Assert.Equal(1 + 2 + 2 + 1, candidates.Count);
        Assert.Empty(candidates[0].Setup);
        Assert.Empty(candidates[^1].Tasks);
    }
}
