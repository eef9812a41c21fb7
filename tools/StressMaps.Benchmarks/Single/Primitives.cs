namespace StressMaps.Benchmarks.Single;

/// <summary>
/// The synchronization primitives the maps pay for on a read, each used uncontended
/// <see cref="BenchmarkData.OperationsPerInvoke"/> times in a loop, as a get benchmark calls the map
/// once per key: so the primitive and the map's extra cost over raw Dictionary are timed on the same
/// scale, in the same rounds.
/// </summary>
public sealed class Primitives
{
    [ThreadStatic]
    private static Primitives? t_lastOwner;

    [ThreadStatic]
    private static int t_lastStripe;

    private readonly object _gate = new();
    private readonly int[] _readers = new int[32]; // the reader's stripe at index 16, alone on its lines as in the map
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
    /// The thread's stripe looked up in two thread-statics, an atomic increment of it, a volatile read
    /// of a flag and an atomic decrement: what a reader of the readers-writer map (<c>rwlocked</c>)
    /// pays per call when no writer is about.
    /// </summary>
    public int ReaderCountPair()
    {
        var entered = 0;
        for (var i = 0; i < BenchmarkData.OperationsPerInvoke; i++)
        {
            var stripe = StripeOfThisThread();
            Interlocked.Increment(ref _readers[stripe]);
            entered += Volatile.Read(ref _writerActive) == 0 ? 1 : 0;
            Interlocked.Decrement(ref _readers[stripe]);
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

    private int StripeOfThisThread()
    {
        if (!ReferenceEquals(t_lastOwner, this))
        {
            t_lastStripe = 16;
            t_lastOwner = this;
        }

        return t_lastStripe;
    }
}
