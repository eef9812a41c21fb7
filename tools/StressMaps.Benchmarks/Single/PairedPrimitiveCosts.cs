using System.Diagnostics;
using StressMaps.Benchmarks.Reports;
using StressMaps.Maps;

namespace StressMaps.Benchmarks.Single;

/// <summary>
/// The lock measured against the lock: each round times raw Dictionary's read loop, the map's and
/// the loop of the primitive the map's read pays for (<see cref="ReadPrimitive.Of"/>), back to back
/// in a rotating order, and takes the map's extra time over Dictionary as a multiple of the
/// primitive's. A map whose read costs "the lookup plus one lock" shows about 1; the interface call
/// every variant makes shows as the part above it (the <c>unsafe</c> row prices it alone).
/// </summary>
public static class PairedPrimitiveCosts
{
    /// <summary>The read operations measured.</summary>
    public static IReadOnlyList<string> Operations { get; } = ["get-hit", "get-miss"];

    /// <summary>Measures every variant's reads, <paramref name="rounds"/> rounds each.</summary>
    public static IReadOnlyList<PrimitiveCost> Measure(int rounds)
    {
        var dictionary = new DictionaryBaselineBenchmarks();
        dictionary.Fill();
        var primitives = new Primitives();
        var costs = new List<PrimitiveCost>();
        foreach (var variant in MapCatalog.All)
        {
            var map = new MapVariantBenchmarks { Variant = variant.Name };
            map.Fill();
            var primitive = ReadPrimitive.Of(variant.Name);
            Func<int>? runPrimitive = primitive is null ? null : () => primitive.Run(primitives);
            costs.Add(Measure(variant.Name, "get-hit", dictionary.GetHit, map.GetHit, primitive?.Name, runPrimitive, rounds));
            costs.Add(Measure(variant.Name, "get-miss", dictionary.GetMiss, map.GetMiss, primitive?.Name, runPrimitive, rounds));
        }

        return costs;
    }

    private static PrimitiveCost Measure(
        string subject, string operation, Func<int> baseline, Func<int> map, string? primitiveName, Func<int>? primitive, int rounds)
    {
        Func<int>[] parts = [baseline, map, primitive ?? (static () => 0)];
        // Every part reaches the JIT's optimised tier before anything is timed.
        JitWarmUp.Run([.. parts.Select(part => (Action)(() => part()))]);

        var primitiveNs = new double[rounds];
        var extraNs = new double[rounds];
        var multiples = new double[rounds];
        var ticks = new long[parts.Length];
        for (var round = 0; round < rounds; round++)
        {
            // Rotate which part goes first, so a burst of load does not always land on the same one.
            for (var step = 0; step < parts.Length; step++)
            {
                var part = (round + step) % parts.Length;
                ticks[part] = Time(parts[part]);
            }

            primitiveNs[round] = NanosecondsPerOperation(ticks[2]);
            extraNs[round] = NanosecondsPerOperation(ticks[1] - ticks[0]);
            multiples[round] = (double)(ticks[1] - ticks[0]) / Math.Max(1, ticks[2]);
        }

        return new PrimitiveCost(
            subject,
            operation,
            primitiveName,
            primitive is null ? null : Median(primitiveNs),
            Median(extraNs),
            primitive is null ? null : Median(multiples));
    }

    private static long Time(Func<int> part)
    {
        var start = Stopwatch.GetTimestamp();
        part();
        return Stopwatch.GetTimestamp() - start;
    }

    private static double NanosecondsPerOperation(long ticks) =>
        ticks * 1e9 / Stopwatch.Frequency / BenchmarkData.OperationsPerInvoke;

    private static double Median(double[] values)
    {
        Array.Sort(values);
        return values[values.Length / 2];
    }
}
