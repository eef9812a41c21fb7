namespace StressMaps.Harness.Measuring.Stress;

/// <summary>
/// A one-shot barrier that spins instead of blocking: every thread arrives, then all go at once.
/// </summary>
/// <remarks>
/// <see cref="Barrier"/> and the slim events wait on a <c>Monitor</c> inside, which would show up as
/// lock contention of the map under test; spinning keeps <c>Monitor.LockContentionCount</c> the map's own.
/// <see cref="SpinWait"/> yields and then sleeps, so a gate on more threads than cores still opens.
/// </remarks>
public sealed class StartGate(int parties)
{
    private int _waiting = parties;

    /// <summary>Arrives and waits until every party has arrived.</summary>
    public void ArriveAndWait()
    {
        Interlocked.Decrement(ref _waiting);
        var spinner = default(SpinWait);
        while (Volatile.Read(ref _waiting) > 0)
        {
            spinner.SpinOnce();
        }
    }
}
