using System.Diagnostics;
using StressMaps.Benchmarks.Reports;
using StressMaps.Maps;

namespace StressMaps.Benchmarks.Single;

/// <summary>
/// Ratios that survive a busy machine. BenchmarkDotNet measures each benchmark minutes apart, so
/// when other processes come and go the baseline and the subject see different loads and their
/// ratio drifts. Here each round times the raw dictionary's operation and the subject's back to
/// back (alternating which goes first), takes their ratio, and reports the median round: a burst
/// of load hits both halves of a round alike, and a preempted round is an outlier the median drops.
/// The operations are the BenchmarkDotNet benchmarks' own methods, so both measure the same code.
/// </summary>
public static class PairedRatios
{
    /// <summary>Measures every operation of every map and baseline, <paramref name="rounds"/> rounds each.</summary>
    public static IReadOnlyList<PairedRatio> Measure(int rounds)
    {
        var dictionary = new DictionaryBaselineBenchmarks();
        dictionary.Fill();
        var frozen = new FrozenBaselineBenchmarks();
        frozen.Fill();
        var baseline = OperationsOf(dictionary);

        var ratios = new List<PairedRatio>();
        void Add(string subject, Dictionary<string, Action> operations, Func<string, string>? column = null)
        {
            foreach (var (operation, run) in operations)
            {
                ratios.Add(new PairedRatio(subject, column?.Invoke(operation) ?? operation, MedianRatio(baseline[operation], run, rounds)));
            }
        }

        Add(Ratios.Baseline, baseline);
        Add("frozen", new Dictionary<string, Action>
        {
            ["get-hit"] = () => frozen.GetHit(),
            ["get-miss"] = () => frozen.GetMiss(),
            ["snapshot"] = () => frozen.Snapshot(),
            ["enumerate"] = () => frozen.Enumerate(),
        });
        foreach (var variant in MapCatalog.All)
        {
            var map = new MapVariantBenchmarks { Variant = variant.Name };
            map.Fill();
            Add(variant.Name, OperationsOf(map));
            if (ConcreteReads.OperationsOf(variant.Name) is { } concrete)
            {
                Add(variant.Name, concrete.ToDictionary(read => read.Key, read => (Action)(() => read.Value())), Operations.Concrete);
            }
        }

        return ratios;
    }

    /// <summary>The median over <paramref name="rounds"/> of subject time over baseline time, each timed back to back.</summary>
    public static double MedianRatio(Action baseline, Action subject, int rounds)
    {
        JitWarmUp.Run(baseline, subject);

        var ratios = new double[rounds];
        for (var round = 0; round < rounds; round++)
        {
            long baselineTicks, subjectTicks;
            if (round % 2 == 0)
            {
                baselineTicks = Time(baseline);
                subjectTicks = Time(subject);
            }
            else
            {
                subjectTicks = Time(subject);
                baselineTicks = Time(baseline);
            }

            ratios[round] = (double)subjectTicks / Math.Max(1, baselineTicks);
        }

        Array.Sort(ratios);
        return ratios[rounds / 2];
    }

    private static long Time(Action operation)
    {
        var start = Stopwatch.GetTimestamp();
        operation();
        return Stopwatch.GetTimestamp() - start;
    }

    private static Dictionary<string, Action> OperationsOf(DictionaryBaselineBenchmarks map) => new()
    {
        ["get-hit"] = () => map.GetHit(),
        ["get-miss"] = () => map.GetMiss(),
        ["set"] = map.Set,
        ["snapshot"] = () => map.Snapshot(),
        ["enumerate"] = () => map.Enumerate(),
    };

    private static Dictionary<string, Action> OperationsOf(MapVariantBenchmarks map) => new()
    {
        ["get-hit"] = () => map.GetHit(),
        ["get-miss"] = () => map.GetMiss(),
        ["set"] = map.Set,
        ["snapshot"] = () => map.Snapshot(),
        ["enumerate"] = () => map.Enumerate(),
    };
}
