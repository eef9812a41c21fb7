using System.Diagnostics.Tracing;

namespace StressMaps.Harness.Measuring.Stress;

/// <summary>
/// Measures time spent waiting for a taken <c>lock</c>, the analogue of Go's mutex profile. The runtime
/// raises a <c>ContentionStop</c> event each time a contended <c>Monitor.Enter</c> finally gets the lock,
/// carrying how long it waited (<c>DurationNs</c>, .NET 8 and later); this listener sums them.
/// </summary>
/// <remarks>
/// The events are process-wide and arrive on the runtime's dispatch thread shortly after they happen,
/// so <see cref="Measure"/> waits until as many have arrived as <see cref="Monitor.LockContentionCount"/>
/// says happened. Contention from other code in the process in the same window would be counted too;
/// stress mode runs nothing else while it measures.
/// </remarks>
public sealed class LockWaitListener : EventListener
{
    private const string RuntimeSourceName = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords ContentionKeyword = (EventKeywords)0x4000;
    private static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(1);

    private long _stops;
    private long _waitedNanoseconds;
    private readonly long _countAtStart;

    /// <summary>Starts listening; contention before this point is not counted.</summary>
    public LockWaitListener()
    {
        _countAtStart = Monitor.LockContentionCount;
    }

    /// <summary>A reading of the counters, to subtract from a later one.</summary>
    public readonly record struct Reading(long Contentions, long Stops, long WaitedNanoseconds);

    /// <summary>The counters now.</summary>
    public Reading Read() =>
        new(Monitor.LockContentionCount - _countAtStart, Interlocked.Read(ref _stops), Interlocked.Read(ref _waitedNanoseconds));

    /// <summary>
    /// Contentions and wait time since <paramref name="before"/>. Waits up to a second for the
    /// contention events to catch up with the count; the wait time is null if they never do.
    /// </summary>
    public (long Contentions, TimeSpan? Waited) Measure(Reading before)
    {
        var contentions = Monitor.LockContentionCount - _countAtStart;
        var deadline = DateTime.UtcNow + ArrivalTimeout;
        while (Interlocked.Read(ref _stops) < contentions && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(10);
        }

        var after = Read();
        var waited = after.Stops >= contentions
            ? TimeSpan.FromTicks((after.WaitedNanoseconds - before.WaitedNanoseconds) / 100)
            : (TimeSpan?)null;
        return (contentions - before.Contentions, waited);
    }

    /// <inheritdoc />
    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == RuntimeSourceName)
        {
            EnableEvents(eventSource, EventLevel.Informational, ContentionKeyword);
        }
    }

    /// <inheritdoc />
    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("ContentionStop", StringComparison.Ordinal) != true
            || eventData.PayloadNames is not { } names || eventData.Payload is not { } payload)
        {
            return;
        }

        var index = names.IndexOf("DurationNs");
        if (index >= 0)
        {
            Interlocked.Add(ref _waitedNanoseconds, (long)Convert.ToDouble(payload[index], System.Globalization.CultureInfo.InvariantCulture));
        }

        Interlocked.Increment(ref _stops);
    }
}
