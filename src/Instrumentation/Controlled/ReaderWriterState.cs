namespace StressMaps.Controlled;

/// <summary>
/// The state of one reader-writer lock, guarded by a monitor on itself: any number of readers, or
/// one writer; at most one upgradeable reader, which may share with readers and upgrade to writer.
/// Ownership is per thread, as <see cref="ReaderWriterLockSlim"/>'s, and so are its recursion rules
/// and the <see cref="LockRecursionException"/> and <see cref="SynchronizationLockException"/> it throws.
/// </summary>
internal sealed class ReaderWriterState(LockRecursionPolicy policy)
{
    private const int NoOne = 0;
    private readonly Dictionary<int, int> _reads = [];
    private int _writer = NoOne;
    private int _writes;
    private int _upgrader = NoOne;
    private int _upgrades;

    public int ReaderCount
    {
        get
        {
            lock (this)
            {
                return _reads.Count;
            }
        }
    }

    public bool Holds(LockMode mode)
    {
        var me = Environment.CurrentManagedThreadId;
        lock (this)
        {
            return mode switch
            {
                LockMode.Read => _reads.ContainsKey(me),
                LockMode.Upgradeable => _upgrader == me,
                _ => _writer == me,
            };
        }
    }

    /// <summary>Takes the lock in <paramref name="mode"/>; false when a bounded wait gave up.</summary>
    public bool Enter(LockMode mode, int millisecondsTimeout)
    {
        var me = Environment.CurrentManagedThreadId;
        lock (this)
        {
            CheckRecursion(mode, me);
            while (!CanEnter(mode, me))
            {
                if (!TimedWaits.Waits(millisecondsTimeout))
                {
                    return false;
                }

                Monitor.Wait(this);
            }

            Take(mode, me);
            return true;
        }
    }

    public void Exit(LockMode mode)
    {
        var me = Environment.CurrentManagedThreadId;
        lock (this)
        {
            switch (mode)
            {
                case LockMode.Read when _reads.TryGetValue(me, out var count):
                    if (count == 1) { _reads.Remove(me); } else { _reads[me] = count - 1; }
                    break;
                case LockMode.Upgradeable when _upgrader == me:
                    _upgrader = --_upgrades == 0 ? NoOne : me;
                    break;
                case LockMode.Write when _writer == me:
                    _writer = --_writes == 0 ? NoOne : me;
                    break;
                default:
                    throw new SynchronizationLockException($"The {Describe(mode)} lock is being released without being held.");
            }

            Monitor.PulseAll(this);
        }
    }

    private bool CanEnter(LockMode mode, int me) => mode switch
    {
        LockMode.Read => _writer == NoOne || _writer == me,
        LockMode.Upgradeable => (_writer == NoOne || _writer == me) && (_upgrader == NoOne || _upgrader == me),
        // An upgradeable reader upgrading waits for the other readers to leave.
        _ => (_writer == NoOne || _writer == me) && (_upgrader == NoOne || _upgrader == me) && _reads.Keys.All(reader => reader == me),
    };

    private void Take(LockMode mode, int me)
    {
        switch (mode)
        {
            case LockMode.Read:
                _reads[me] = _reads.GetValueOrDefault(me) + 1;
                break;
            case LockMode.Upgradeable:
                (_upgrader, _upgrades) = (me, _upgrades + 1);
                break;
            default:
                (_writer, _writes) = (me, _writes + 1);
                break;
        }
    }

    // ReaderWriterLockSlim's rules: without recursion a thread never re-enters what it holds, except an upgradeable
    // reader entering read or write; with recursion it may, but never write or upgradeable on top of a plain read.
    private void CheckRecursion(LockMode mode, int me)
    {
        var reading = _reads.ContainsKey(me);
        var upgrading = _upgrader == me;
        var writing = _writer == me;
        var held = reading || upgrading || writing;
        var allowed = policy == LockRecursionPolicy.SupportsRecursion
            ? !(reading && !upgrading && !writing && mode != LockMode.Read)
            : !held || (upgrading && !reading && !writing && mode != LockMode.Upgradeable);
        if (!allowed)
        {
            throw new LockRecursionException($"Recursive {Describe(mode)} lock acquisitions not allowed in this mode ({policy}).");
        }
    }

    private static string Describe(LockMode mode) => mode switch
    {
        LockMode.Read => "read",
        LockMode.Upgradeable => "upgradeable",
        _ => "write",
    };
}
