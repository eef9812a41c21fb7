namespace StressMaps.Benchmarks.Throughput;

/// <summary>A share of reads among the operations; the rest are writes (overwrites of present keys).</summary>
/// <param name="Name">The name tables print, such as <c>90/10</c>.</param>
/// <param name="ReadPercent">Reads out of every hundred operations.</param>
public sealed record ReadWriteMix(string Name, int ReadPercent)
{
    /// <summary>A read-mostly load: a cache or a registry.</summary>
    public static ReadWriteMix ReadMostly { get; } = new("90/10", 90);

    /// <summary>A write-heavy load: the seed's mixed read/write figure.</summary>
    public static ReadWriteMix Balanced { get; } = new("50/50", 50);

    /// <summary>Both mixes, read-mostly first.</summary>
    public static IReadOnlyList<ReadWriteMix> All { get; } = [ReadMostly, Balanced];
}
