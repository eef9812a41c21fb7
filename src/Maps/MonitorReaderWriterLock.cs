namespace StressMaps.Maps;

/// <summary>
/// A readers-writer lock built on <see cref="Monitor"/>, the analogue of Go's <c>sync.RWMutex</c>:
/// many readers at once, or one writer. Waiting writers block new readers, so writers never starve.
/// </summary>
/// <remarks>
/// Built on Monitor rather than <see cref="ReaderWriterLockSlim"/> because a systematic tester
/// (Coyote) controls Monitor's Enter, Wait and PulseAll, and not ReaderWriterLockSlim. Not reentrant.
/// </remarks>
public sealed class MonitorReaderWriterLock
{
    private readonly object _gate = new();
    private int _activeReaders;
    private int _waitingWriters;
    private bool _writerActive;

    /// <summary>Blocks until no writer holds or waits for the lock, then holds it for reading.</summary>
    public void EnterRead()
    {
        lock (_gate)
        {
            while (_writerActive || _waitingWriters > 0)
            {
                Monitor.Wait(_gate);
            }

            _activeReaders++;
        }
    }

    /// <summary>Releases a read hold.</summary>
    public void ExitRead()
    {
        lock (_gate)
        {
            _activeReaders--;
            if (_activeReaders == 0)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>Blocks until no reader or writer holds the lock, then holds it for writing.</summary>
    public void EnterWrite()
    {
        lock (_gate)
        {
            _waitingWriters++;
            while (_writerActive || _activeReaders > 0)
            {
                Monitor.Wait(_gate);
            }

            _waitingWriters--;
            _writerActive = true;
        }
    }

    /// <summary>Releases the write hold.</summary>
    public void ExitWrite()
    {
        lock (_gate)
        {
            _writerActive = false;
            Monitor.PulseAll(_gate);
        }
    }
}
