using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Exploration;

namespace StressMaps.Harness.Sessions.ScaleOut;

/// <summary>How one slice of a cell explores: its seed and its share of the iterations.</summary>
public static class SliceOptions
{
    /// <summary>
    /// The options of <paramref name="unit"/> in a run with <paramref name="runOptions"/>. Slice 0 uses the
    /// cell's own seed, so an uncut cell explores exactly as an unsharded run does; slice k &gt; 0 uses the
    /// k-th spread seed of the cell. The iterations are shared out as evenly as possible.
    /// </summary>
    public static ExplorationOptions For(ExplorationOptions runOptions, WorkUnit unit)
    {
        var cellSeed = CellSeeds.For(runOptions.Seed, unit.Cell);
        var seed = unit.Slice == 0 ? cellSeed : CellSeeds.Nth(cellSeed, unit.Slice);
        var share = runOptions.Iterations / (uint)unit.Slices;
        var extra = unit.Slice < runOptions.Iterations % (uint)unit.Slices ? 1u : 0u;
        return runOptions with { Seed = seed, Iterations = share + extra };
    }
}
