namespace StressMaps.Maps;

/// <summary>
/// A readers-writer lock whose readers take no <see cref="Monitor"/> on the fast path, in the
/// shape of Go's <c>sync.RWMutex</c>: a reader announces itself with one <see cref="Interlocked"/>
/// increment and checks a writer flag with one volatile read; writers set the flag, then wait on a
/// <see cref="Monitor"/> until the readers already inside have left.
/// </summary>
/// <remarks>
/// <para>
/// Built only from primitives a systematic tester (Coyote) controls: <see cref="Interlocked"/>,
/// <see cref="Volatile"/> and <see cref="Monitor"/> (Enter, Wait, PulseAll). Nothing spins: a
/// reader that meets the writer flag waits on the monitor, so every wait is one the tester sees.
/// Not reentrant.
/// </para>
/// <para>
/// Why it is safe: a reader increments the count, then reads the flag; a writer sets the flag, then
/// reads the count. Both are full fences, so at least one of the two sees the other (the
/// store-load handshake of Dekker's algorithm): either the reader sees the flag and backs off, or
/// the writer sees the reader and waits for it. A reader leaving as the last one while the flag is
/// up wakes the writer under the monitor, after the writer has begun waiting, so no wake-up is lost.
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
    private readonly object _gate = new();
    private int _readers;
    private int _writerActive;

    /// <summary>Holds the lock for reading: two atomic operations when no writer is active or waiting.</summary>
    public void EnterRead()
    {
        while (true)
        {
            Interlocked.Increment(ref _readers);
            if (Volatile.Read(ref _writerActive) == 0)
            {
                return;
            }

            // A writer holds or claims the lock: step back out of its way, then wait on the monitor.
            ExitRead();
            lock (_gate)
            {
                while (Volatile.Read(ref _writerActive) != 0)
                {
                    Monitor.Wait(_gate);
                }
            }
        }
    }

    /// <summary>Releases a read hold; the last reader out wakes a writer waiting for it.</summary>
    public void ExitRead()
    {
        if (Interlocked.Decrement(ref _readers) == 0 && Volatile.Read(ref _writerActive) != 0)
        {
            lock (_gate)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>Holds the lock for writing: waits for another writer, raises the flag, waits for the readers inside.</summary>
    public void EnterWrite()
    {
        lock (_gate)
        {
            while (Volatile.Read(ref _writerActive) != 0)
            {
                Monitor.Wait(_gate);
            }

            Interlocked.Exchange(ref _writerActive, 1);
            while (Volatile.Read(ref _readers) != 0)
            {
                Monitor.Wait(_gate);
            }
        }
    }

    /// <summary>Releases the write hold and wakes every waiting reader and writer.</summary>
    public void ExitWrite()
    {
        lock (_gate)
        {
            Volatile.Write(ref _writerActive, 0);
            Monitor.PulseAll(_gate);
        }
    }
}
