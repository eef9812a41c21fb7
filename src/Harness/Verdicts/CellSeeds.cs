using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Verdicts;

/// <summary>
/// Derives a well-spread seed per cell from the run's seed: consecutive seeds give strongly
/// correlated Coyote runs, so each cell's seed is a hash of the run seed and the cell's name.
/// </summary>
public static class CellSeeds
{
    /// <summary>The seed of <paramref name="cell"/> in a run seeded with <paramref name="runSeed"/>.</summary>
    public static uint For(uint runSeed, CellId cell) => Spread(runSeed ^ Fnv1a(cell.ToString()));

    /// <summary>The <paramref name="index"/>-th of a family of spread seeds (for repeated explorations).</summary>
    public static uint Nth(uint baseSeed, int index) => Spread(baseSeed + (uint)index * 0x9E3779B9u);

    // SplitMix64's finalizer: every input bit moves every output bit.
    private static uint Spread(uint value)
    {
        ulong z = value + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (uint)((z ^ (z >> 31)) & 0xFFFFFFFF);
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
