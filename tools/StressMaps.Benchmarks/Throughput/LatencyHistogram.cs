namespace StressMaps.Benchmarks.Throughput;

/// <summary>
/// Counts latencies (in <see cref="System.Diagnostics.Stopwatch"/> ticks) in log-linear buckets, so
/// recording is an array increment and a thread's whole run fits in a few kilobytes. Values below
/// 64 are exact; above, each power of two is split into 32 buckets, so a percentile is at most 1/32
/// (3 %) below the true value.
/// </summary>
public sealed class LatencyHistogram
{
    private const int SubBucketBits = 5;
    private const int SubBucketCount = 1 << SubBucketBits;
    private const int ExactLimit = SubBucketCount * 2;
    private const int BucketCount = ExactLimit + (63 - (SubBucketBits + 1)) * SubBucketCount;

    private readonly long[] _counts = new long[BucketCount];

    /// <summary>How many values were recorded.</summary>
    public long Count { get; private set; }

    /// <summary>Counts one value; negative values count as zero.</summary>
    public void Record(long ticks)
    {
        _counts[IndexOf(Math.Max(0, ticks))]++;
        Count++;
    }

    /// <summary>Adds every value counted by <paramref name="other"/> (each thread keeps its own, merged at the end).</summary>
    public void Add(LatencyHistogram other)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }

        Count += other.Count;
    }

    /// <summary>
    /// The nearest-rank percentile: the smallest recorded value (its bucket's lower bound) with at
    /// least <paramref name="percent"/> % of the values at or below it. Zero when nothing was recorded.
    /// </summary>
    public long Percentile(double percent)
    {
        if (percent is <= 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "a percentile is above 0 and at most 100");
        }

        if (Count == 0)
        {
            return 0;
        }

        // percent * Count first: exact for whole percents, where percent / 100 would round.
        var rank = (long)Math.Ceiling(percent * Count / 100);
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
            {
                return LowerBoundOf(i);
            }
        }

        throw new InvalidOperationException("the bucket counts do not add up to Count");
    }

    private static int IndexOf(long value)
    {
        if (value < ExactLimit)
        {
            return (int)value;
        }

        var exponent = 63 - (int)long.LeadingZeroCount(value);
        var shift = exponent - SubBucketBits;
        var subBucket = (int)(value >> shift) - SubBucketCount;
        return ExactLimit + (exponent - (SubBucketBits + 1)) * SubBucketCount + subBucket;
    }

    private static long LowerBoundOf(int index)
    {
        if (index < ExactLimit)
        {
            return index;
        }

        var exponent = (index - ExactLimit) / SubBucketCount + SubBucketBits + 1;
        var subBucket = (index - ExactLimit) % SubBucketCount;
        return (long)(SubBucketCount + subBucket) << (exponent - SubBucketBits);
    }
}
