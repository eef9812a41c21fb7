using System.Text;

namespace StressMaps.Status;

/// <summary>What the parent reads off a worker's board.</summary>
/// <param name="Progress">Bumped on every phase change and operation begun or ended: unchanged means no progress.</param>
/// <param name="Watched">Whether the phase runs the user's code, so the hang watchdog applies.</param>
/// <param name="Phase">The phase, as the worker described it.</param>
/// <param name="InFlight">The user operations begun and not yet returned, newest first.</param>
public sealed record StatusReading(long Progress, bool Watched, string Phase, IReadOnlyList<string> InFlight)
{
    /// <summary>A board nothing was written to.</summary>
    public static StatusReading Empty { get; } = new(0, false, "", []);

    /// <summary>The operation most likely running: the newest in flight, or null.</summary>
    public string? Running => InFlight.Count > 0 ? InFlight[0] : null;

    /// <summary>Reads the board file at <paramref name="path"/>; an absent or short file reads as <see cref="Empty"/>.</summary>
    public static StatusReading Read(string path)
    {
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            bytes = new byte[StatusLayout.Size];
            if (stream.ReadAtLeast(bytes, StatusLayout.Size, throwOnEndOfStream: false) < StatusLayout.Size)
            {
                return Empty;
            }
        }
        catch (IOException)
        {
            return Empty;
        }

        return FromBytes(bytes);
    }

    /// <summary>Reads a board's bytes.</summary>
    internal static StatusReading FromBytes(byte[] bytes)
    {
        var slots = Enumerable.Range(0, StatusLayout.SlotCount)
            .Select(slot => (Sequence: BitConverter.ToInt64(bytes, StatusLayout.Slot(slot)), Text: TextAt(bytes, StatusLayout.Slot(slot) + 8, StatusLayout.SlotBytes)))
            .Where(slot => slot.Sequence > 0)
            .OrderByDescending(slot => slot.Sequence)
            .Select(slot => slot.Text)
            .ToList();
        return new StatusReading(
            BitConverter.ToInt64(bytes, StatusLayout.Progress),
            BitConverter.ToInt64(bytes, StatusLayout.Watched) != 0,
            TextAt(bytes, StatusLayout.Phase, StatusLayout.PhaseBytes),
            slots);
    }

    private static string TextAt(byte[] bytes, int at, int capacity)
    {
        var length = Math.Clamp(BitConverter.ToInt32(bytes, at), 0, capacity);
        return Encoding.UTF8.GetString(bytes, at + 4, length);
    }
}
