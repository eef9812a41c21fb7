using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Sessions.ScaleOut;

namespace StressMaps.Tests.Sessions.ScaleOut;

public class SliceMergerTests
{
    [Fact]
    public void ACellHasABugIfAnySliceFoundOneAndKeepsTheEarliest()
    {
        var merged = SliceMerger.Merge([Slice(0, VerdictKind.Safe, 100, null, seed: 10), Slice(1, VerdictKind.Bug, 7, 7, seed: 11), Slice(2, VerdictKind.Bug, 3, 3, seed: 12)]);

        Assert.Equal((VerdictKind.Bug, true, 3, 110), (merged.Verdict, merged.Matches, merged.FirstBugIteration, merged.IterationsExplored));
        Assert.Equal((12u, 300u), (merged.Options.Seed, merged.Options.Iterations));
        Assert.Equal("trace of slice 2", merged.Trace);
        Assert.Equal((null, 3), (merged.Slice, merged.Slices));
    }

    [Fact]
    public void ACellIsSafeOnlyIfEverySliceIsAndItsIterationsAreSummed()
    {
        var merged = SliceMerger.Merge([Slice(1, VerdictKind.Safe, 100, null, seed: 11), Slice(0, VerdictKind.Safe, 100, null, seed: 10), Slice(2, VerdictKind.Safe, 100, null, seed: 12)]);

        Assert.Equal((VerdictKind.Safe, false, 300), (merged.Verdict, merged.Matches, merged.IterationsExplored));
        Assert.Equal(10u, merged.Options.Seed);
        Assert.Equal(300 / 3.0, merged.IterationsPerSecond, 6);
    }

    [Fact]
    public void AMissingSliceIsAnError()
    {
        var error = Assert.Throws<InvalidDataException>(() => SliceMerger.Merge([Slice(0, VerdictKind.Safe, 100, null, seed: 10), Slice(2, VerdictKind.Safe, 100, null, seed: 12)]));

        Assert.Contains("slices 0 to 2", error.Message);
    }

    [Fact]
    public void SliceOptionsShareTheIterationsAndSlicesZeroKeepsTheCellSeed()
    {
        var run = new ExplorationOptions(Iterations: 10, Seed: 5);
        var units = Enumerable.Range(0, 3).Select(slice => new WorkUnit("lost-update", "locked", slice, 3)).ToList();

        var options = units.Select(unit => SliceOptions.For(run, unit)).ToList();

        Assert.Equal([4u, 3u, 3u], options.Select(option => option.Iterations));
        Assert.Equal(CellSeeds.For(5, new CellId("lost-update", "locked")), options[0].Seed);
        Assert.Equal(3, options.Select(option => option.Seed).Distinct().Count());
    }

    private static CellRecord Slice(int slice, VerdictKind verdict, int iterations, int? firstBug, uint seed) => new()
    {
        Scenario = "lost-update",
        Map = "locked",
        Expectation = "bug-expected",
        Reason = "read-then-write is two calls",
        Verdict = verdict,
        Matches = verdict == VerdictKind.Bug,
        Options = new OptionsRecord("portfolio", 100, seed, 2000, null),
        IterationsExplored = iterations,
        FirstBugIteration = firstBug,
        ElapsedSeconds = 1,
        IterationsPerSecond = iterations,
        Trace = verdict == VerdictKind.Bug ? $"trace of slice {slice}" : null,
        Slice = slice,
        Slices = 3,
    };
}
