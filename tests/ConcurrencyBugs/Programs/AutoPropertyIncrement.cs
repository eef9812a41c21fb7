namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>Two tasks do `Count++` on an auto-property: the read (getter) and the write (setter) are separate, and an increment is lost.</summary>
[BugProgram(".NET classic read-modify-write through a property (accessors: seen only by StressMaps' own pass)", 1)]
public static class AutoPropertyIncrement
{
    public static async Task Bug()
    {
        var meter = new Meter();
        await Task.WhenAll(new[] { Task.Run(meter.Tick), Task.Run(meter.Tick) });
        Check.Equal(2, meter.Count, "ticks");
    }

    public static async Task Fixed()
    {
        var meter = new Meter();
        await Task.WhenAll(new[] { Task.Run(meter.TickLocked), Task.Run(meter.TickLocked) });
        Check.Equal(2, meter.Count, "ticks");
    }

    private sealed class Meter
    {
        private readonly object _gate = new();

        public int Count { get; private set; }

        public void Tick() => Count++;

        public void TickLocked()
        {
            lock (_gate)
            {
                Count++;
            }
        }
    }
}
