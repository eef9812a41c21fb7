namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>Each worker decrements a pending count and the one that sees zero closes; with a plain decrement both can see one, and nobody closes.</summary>
[BugProgram("JaConTeBe (countdown with a non-atomic decrement); .NET classic `if (--n == 0)` without Interlocked", 1)]
public static class LastOneOut
{
    public static async Task Bug()
    {
        var batch = new Batch(2);
        await Task.WhenAll(new[] { Task.Run(batch.DoneRacy), Task.Run(batch.DoneRacy) });
        Check.Equal(1, batch.Closed, "closes");
    }

    public static async Task Fixed()
    {
        var batch = new Batch(2);
        await Task.WhenAll(new[] { Task.Run(batch.Done), Task.Run(batch.Done) });
        Check.Equal(1, batch.Closed, "closes");
    }

    private sealed class Batch(int pending)
    {
        public int Pending = pending;
        public int Closed;

        public void DoneRacy()
        {
            var left = Pending - 1;
            Pending = left;
            if (Pending == 0)
            {
                Closed++;
            }
        }

        public void Done()
        {
            if (Interlocked.Decrement(ref Pending) == 0)
            {
                Interlocked.Increment(ref Closed);
            }
        }
    }
}
