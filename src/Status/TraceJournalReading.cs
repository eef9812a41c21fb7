using System.Text;

namespace StressMaps.Status;

/// <summary>What the parent reads off a dead worker's trace journal.</summary>
/// <param name="Iteration">The 0-based schedule of its exploration that was running, or null when none had started.</param>
/// <param name="Steps">The trace steps taken in it, in order, as Coyote writes them.</param>
/// <param name="Truncated">Whether steps were left out for want of room (the schedule cannot be rebuilt).</param>
public sealed record TraceJournalReading(uint? Iteration, IReadOnlyList<string> Steps, bool Truncated)
{
    /// <summary>A journal nothing was written to.</summary>
    public static TraceJournalReading Empty { get; } = new(null, [], false);

    /// <summary>Whether the schedule can be rebuilt from it: a schedule started, took a step, and lost none.</summary>
    public bool IsWhole => Iteration is not null && Steps.Count > 0 && !Truncated;

    /// <summary>Reads the journal file at <paramref name="path"/>; an absent, short or garbled file reads as <see cref="Empty"/>.</summary>
    public static TraceJournalReading Read(string path)
    {
        var bytes = new byte[TraceJournalLayout.Size];
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false) < bytes.Length)
            {
                return Empty;
            }
        }
        catch (IOException)
        {
            return Empty;
        }

        var iteration = BitConverter.ToInt64(bytes, TraceJournalLayout.Iteration);
        var count = BitConverter.ToInt32(bytes, TraceJournalLayout.Steps);
        var used = BitConverter.ToInt32(bytes, TraceJournalLayout.Bytes);
        if (iteration is <= 0 or > uint.MaxValue + 1L || used < 0 || TraceJournalLayout.Text + used > bytes.Length)
        {
            return Empty;
        }

        var steps = Encoding.UTF8.GetString(bytes, TraceJournalLayout.Text, used).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return new TraceJournalReading((uint)(iteration - 1), steps.Take(count).ToList(), bytes[TraceJournalLayout.Truncated] != 0);
    }
}
