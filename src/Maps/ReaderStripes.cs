using System.Numerics;
using System.Runtime.InteropServices;

namespace StressMaps.Maps;

/// <summary>
/// The reader count of <see cref="ReaderCountLock"/>, split into stripes that each sit alone on a
/// 128-byte stretch (two cache lines, since CPUs prefetch lines in pairs), so readers on different
/// stripes never write the same line.
/// </summary>
/// <remarks>
/// The first <see cref="Count"/> stripes are handed out in order, one a draw; a writer scans only the
/// stripes handed out so far (under a tester, the two or three a scenario's tasks took, not all of them).
/// Once all are out, a draw takes the stripe of the thread's id, with no shared write.
/// </remarks>
internal sealed class ReaderStripes
{
    /// <summary>Stripes per lock: the core count rounded up to a power of two, at least 8 and at most 64.</summary>
    public static readonly int Count = (int)Math.Clamp(BitOperations.RoundUpToPowerOf2((uint)Environment.ProcessorCount), 8u, 64u);

    private readonly PaddedCount[] _counts = new PaddedCount[Count];
    private int _drawn;

    /// <summary>A stripe for a thread that has not read this lock before.</summary>
    public int Draw()
    {
        if (Volatile.Read(ref _drawn) < Count)
        {
            var ticket = Interlocked.Increment(ref _drawn) - 1;
            if (ticket < Count)
            {
                return ticket;
            }
        }

        return Environment.CurrentManagedThreadId & (Count - 1);
    }

    /// <summary>Counts a reader in on <paramref name="stripe"/>.</summary>
    public void Increment(int stripe) => Interlocked.Increment(ref _counts[stripe].Readers);

    /// <summary>Counts a reader out of <paramref name="stripe"/>.</summary>
    public void Decrement(int stripe) => Interlocked.Decrement(ref _counts[stripe].Readers);

    /// <summary>Whether any stripe handed out so far counts a reader.</summary>
    public bool AnyReaderInside()
    {
        var handedOut = Math.Min(Volatile.Read(ref _drawn), Count);
        for (var stripe = 0; stripe < handedOut; stripe++)
        {
            if (Volatile.Read(ref _counts[stripe].Readers) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // The count in the middle of 128 bytes: the array's header and its neighbours stay off its lines.
    [StructLayout(LayoutKind.Explicit, Size = 128)]
    private struct PaddedCount
    {
        [FieldOffset(64)]
        public int Readers;
    }
}
