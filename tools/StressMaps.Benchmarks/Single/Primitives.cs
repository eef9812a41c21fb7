namespace StressMaps.Benchmarks.Single;

/// <summary>
/// The synchronization primitives the maps pay for on a read, each used uncontended
/// <see cref="BenchmarkData.OperationsPerInvoke"/> times in a loop, as a get benchmark calls the map
/// once per key: so the primitive and the map's extra cost over raw Dictionary are timed on the same
/// scale, in the same rounds.
/// </summary>
public sealed class Primitives
{
    private readonly object _gate = new();
    private int _readers;
    private int _writerActive = 0; // never raised: the uncontended path, as a read with no writer about
    private object _published = new();

    /// <summary>A <c>lock</c> taken and released: Monitor enter and exit, what the locked maps pay per call.</summary>
    public int LockPair()
    {
        var held = 0;
        for (var i = 0; i < BenchmarkData.OperationsPerInvoke; i++)
        {
            lock (_gate)
            {
                held++;
            }
        }

        return held;
    }

    /// <summary>
    /// An atomic increment, a volatile read of a flag and an atomic decrement: what a reader of the
    /// readers-writer map (<c>rwlocked</c>) pays per call when no writer is about.
    /// </summary>
    public int ReaderCountPair()
    {
        var entered = 0;
        for (var i = 0; i < BenchmarkData.OperationsPerInvoke; i++)
        {
            Interlocked.Increment(ref _readers);
            entered += Volatile.Read(ref _writerActive) == 0 ? 1 : 0;
            Interlocked.Decrement(ref _readers);
        }

        return entered;
    }

    /// <summary>One volatile read of a published reference: what the lock-free readers pay per call.</summary>
    public int VolatileRead()
    {
        var seen = 0;
        for (var i = 0; i < BenchmarkData.OperationsPerInvoke; i++)
        {
            seen += Volatile.Read(ref _published) is null ? 0 : 1;
        }

        return seen;
    }
}
