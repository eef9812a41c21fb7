namespace StressMaps.Benchmarks.Throughput;

/// <summary>Every throughput cell: the raw dictionary on one thread, then each thread-safe variant on 1 to N threads, in both mixes.</summary>
public static class ThroughputSuite
{
    /// <summary>The thread counts measured: 1 to the core count, and at least 2 so contention is always measured.</summary>
    public static IReadOnlyList<int> ThreadCounts(int cores) => Enumerable.Range(1, Math.Max(2, cores)).ToList();

    /// <summary>Runs every cell, telling <paramref name="onResult"/> about each as it finishes.</summary>
    public static IReadOnlyList<ThroughputResult> Run(ThroughputRunner runner, int cores, Action<ThroughputResult> onResult)
    {
        var results = new List<ThroughputResult>();
        void Add(ThroughputResult result)
        {
            results.Add(result);
            onResult(result);
        }

        foreach (var mix in ReadWriteMix.All)
        {
            Add(runner.Run(ThroughputTargets.Baseline, mix, threads: 1));
            foreach (var variant in ThroughputTargets.ThreadSafe)
            {
                foreach (var threads in ThreadCounts(cores))
                {
                    Add(runner.Run(variant, mix, threads));
                }
            }
        }

        return results;
    }
}
