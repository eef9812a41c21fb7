using System.Numerics;
using System.Runtime.InteropServices;

namespace StressMaps.Maps;

/// <summary>
/// The reader count of <see cref="ReaderCountLock"/>, split into stripes that each sit alone on a
/// 128-byte stretch (two cache lines, since CPUs prefetch lines in pairs), so readers on different
/// stripes never write the same line.
/// </summary>
/// <remarks>
/// Stripes are handed out in order, one a draw, round and round: which stripe a draw gets depends
/// only on how many draws came before, never on thread ids, so a replayed schedule takes the same
/// stripes. A writer scans only the stripes handed out so far (under a tester, the two or three a
/// scenario's tasks took, not all of them). The draw counter is 64 bits, so it never wraps.
/// </remarks>
internal sealed class ReaderStripes
{
    /// <summary>Stripes per lock: the core count rounded up to a power of two, at least 8 and at most 64.</summary>
    public static readonly int Count = (int)Math.Clamp(BitOperations.RoundUpToPowerOf2((uint)Environment.ProcessorCount), 8u, 64u);

    private readonly PaddedCount[] _counts = new PaddedCount[Count];
    private long _drawn;

    /// <summary>A stripe for a thread that has not read this lock just before: the next in turn.</summary>
    public int Draw() => (int)((Interlocked.Increment(ref _drawn) - 1) & (Count - 1));

    /// <summary>Counts a reader in on <paramref name="stripe"/>.</summary>
    public void Increment(int stripe) => Interlocked.Increment(ref _counts[stripe].Readers);

    /// <summary>Counts a reader out of <paramref name="stripe"/>.</summary>
    public void Decrement(int stripe) => Interlocked.Decrement(ref _counts[stripe].Readers);

    /// <summary>Whether any stripe handed out so far counts a reader.</summary>
    public bool AnyReaderInside()
    {
        var handedOut = (int)Math.Min(Volatile.Read(ref _drawn), Count);
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
