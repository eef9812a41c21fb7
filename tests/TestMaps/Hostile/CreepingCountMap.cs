using System.Diagnostics;

namespace StressMaps.TestMaps.Hostile;

/// <summary>
/// HOSTILE: Count never returns, yet takes a scheduling step (a lock) every 200 ms of busy waiting, so Coyote's
/// monitor, which looks for steps, sees progress; only the watchdog, which looks for calls returning, sees the hang.
/// </summary>
public sealed class CreepingCountMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    public override int Count
    {
        get
        {
            while (true)
            {
                var until = Stopwatch.GetTimestamp() + (Stopwatch.Frequency / 5);
                while (Stopwatch.GetTimestamp() < until)
                {
                }

                lock (Gate)
                {
                }
            }
        }
    }
}
