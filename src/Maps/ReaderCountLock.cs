namespace StressMaps.Maps;

/// <summary>
/// A readers-writer lock whose readers take no <see cref="Monitor"/> and share no written cache line
/// on the fast path, in the shape of Go's <c>sync.RWMutex</c> with its reader count split into
/// stripes: a reader announces itself with one <see cref="Interlocked"/> increment of its own
/// thread's stripe and checks a writer flag with one volatile read; a writer holds a
/// <see cref="Monitor"/> for its whole write, sets the flag, then waits on the monitor until every
/// stripe is zero.
/// </summary>
/// <remarks>
/// <para>
/// Built only from primitives a systematic tester (Coyote) controls: <see cref="Interlocked"/>,
/// <see cref="Volatile"/> and <see cref="Monitor"/> (Enter, Wait, PulseAll). Nothing spins: a
/// reader that meets the writer flag waits on the monitor, so every wait is one the tester sees.
/// Not reentrant. <see cref="EnterRead"/> returns the stripe the caller must hand to <see cref="ExitRead"/>.
/// </para>
/// <para>
/// Stripes: one counter per reading thread, each on its own 128-byte stretch (<see cref="ReaderStripes"/>),
/// so two threads reading at once write different cache lines instead of bouncing one. A thread
/// draws its stripe from this lock's ticket counter the first time it reads it and remembers it
/// (for one lock per thread: a thread that alternates between locks draws again, one shared atomic
/// increment, on each switch; it also keeps the last lock it read reachable). Stripes are drawn in
/// turn, so which stripe a reader gets depends on the order of draws only, never on thread ids: a
/// replayed schedule takes the same stripes. Past <see cref="ReaderStripes.Count"/> draws, stripes
/// are shared, which is still correct.
/// </para>
/// <para>
/// Why it is safe: a reader increments its stripe, then reads the flag; a writer sets the flag, then
/// reads the ticket counter and every stripe handed out. All are full fences, so for each reader at
/// least one of the two sees the other (the store-load handshake of Dekker's algorithm): either the
/// reader sees the flag and backs off, or the writer sees the reader's stripe (or its ticket, drawn
/// after the writer read the counter, came after the flag, so the reader sees the flag). A reader
/// leaving while the flag is up wakes the writers under the monitor, after a writer that saw it has
/// begun waiting, so no wake-up is lost.
/// </para>
/// <para>
/// Starvation: writers are preferred. Once a writer raises the flag, new readers wait, so a writer
/// waits only for the readers already inside and is never starved by a stream of readers. Readers
/// can be starved instead by a stream of writers that keep the flag up one after another: each
/// writer's release wakes every waiter and another writer may win the monitor first. A read-mostly
/// map, the case this lock is for, has no such stream.
/// </para>
/// </remarks>
public sealed class ReaderCountLock
{
    [ThreadStatic]
    private static ReaderCountLock? t_lastLock;

    [ThreadStatic]
    private static int t_lastStripe;

    private readonly object _gate = new();
    private readonly ReaderStripes _stripes = new();
    private int _writerActive;
    private int _waiters; // threads in Monitor.Wait on the gate; read and written only under it

    /// <summary>
    /// Holds the lock for reading: two atomic operations on the thread's own stripe when no writer is
    /// active or waiting. Returns the stripe to pass to <see cref="ExitRead"/>.
    /// </summary>
    public int EnterRead()
    {
        var stripe = StripeOfThisThread();
        while (true)
        {
            _stripes.Increment(stripe);
            if (Volatile.Read(ref _writerActive) == 0)
            {
                return stripe;
            }

            // A writer holds or claims the lock: step back out of its way, then wait on the monitor.
            ExitRead(stripe);
            lock (_gate)
            {
                while (Volatile.Read(ref _writerActive) != 0)
                {
                    WaitOnGate();
                }
            }
        }
    }

    /// <summary>Releases a read hold taken on <paramref name="stripe"/>; while a writer waits, wakes it to look again.</summary>
    public void ExitRead(int stripe)
    {
        _stripes.Decrement(stripe);

        // Whatever the stripe's count now: whether this reader shared it must not change the schedule.
        if (Volatile.Read(ref _writerActive) != 0)
        {
            lock (_gate)
            {
                if (_waiters != 0)
                {
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }

    /// <summary>
    /// Holds the lock for writing: takes the monitor (and keeps it until <see cref="ExitWrite"/>),
    /// waits for a writer that released it while waiting for readers, raises the flag, waits for
    /// the readers inside.
    /// </summary>
    public void EnterWrite()
    {
        Monitor.Enter(_gate);
        while (Volatile.Read(ref _writerActive) != 0)
        {
            WaitOnGate();
        }

        Interlocked.Exchange(ref _writerActive, 1);
        while (_stripes.AnyReaderInside())
        {
            WaitOnGate();
        }
    }

    /// <summary>Releases the write hold and the monitor, waking the readers and writers that wait.</summary>
    public void ExitWrite()
    {
        Volatile.Write(ref _writerActive, 0);
        if (_waiters != 0)
        {
            Monitor.PulseAll(_gate);
        }

        Monitor.Exit(_gate);
    }

    // Called holding the gate; the count lets a release skip PulseAll when nobody waits.
    private void WaitOnGate()
    {
        _waiters++;
        Monitor.Wait(_gate);
        _waiters--;
    }

    private int StripeOfThisThread()
    {
        if (ReferenceEquals(t_lastLock, this))
        {
            return t_lastStripe;
        }

        var stripe = _stripes.Draw();
        t_lastStripe = stripe;
        t_lastLock = this;
        return stripe;
    }
}
