using System.Globalization;

namespace StressMaps.Harness.Sessions.ScaleOut;

/// <summary>
/// One shard of a run split over <see cref="Count"/> machines or CI jobs: shard <see cref="Index"/> (1-based)
/// takes every work unit whose position in the plan is <see cref="Index"/> - 1 modulo <see cref="Count"/>.
/// The slices are disjoint and together cover the plan, whatever the plan's size.
/// </summary>
/// <param name="Index">Which shard, from 1 to <paramref name="Count"/>.</param>
/// <param name="Count">How many shards.</param>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>Parses "I/N"; throws <see cref="FormatException"/> with one line saying what is wrong.</summary>
    public static ShardSpec Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw new FormatException($"--shard must look like I/N, for example 1/4; got '{text}'.");
        }

        if (count < 1 || index < 1 || index > count)
        {
            throw new FormatException($"--shard I/N needs 1 <= I <= N; got '{text}'.");
        }

        return new ShardSpec(index, count);
    }

    /// <summary>Whether the unit at 0-based <paramref name="position"/> of the plan belongs to this shard.</summary>
    public bool Contains(int position) => position % Count == Index - 1;

    /// <summary>"I/N".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
