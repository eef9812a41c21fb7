namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>Two tasks increment a shared counter without a lock: one increment is lost.</summary>
[BugProgram("SCTBench CB/account, CS/lazy01 (unsynchronised read-modify-write)", 1)]
public static class LostIncrement
{
    public static async Task Bug()
    {
        var counter = new Counter();
        await Task.WhenAll(new[] { Task.Run(counter.Increment), Task.Run(counter.Increment) });
        Check.Equal(2, counter.Value, "counter");
    }

    public static async Task Fixed()
    {
        var counter = new Counter();
        await Task.WhenAll(new[] { Task.Run(counter.IncrementAtomically), Task.Run(counter.IncrementAtomically) });
        Check.Equal(2, counter.Value, "counter");
    }

    private sealed class Counter
    {
        public int Value;

        public void Increment() => Value++;

        public void IncrementAtomically() => Interlocked.Increment(ref Value);
    }
}
