namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>Two methods guard the same counter with different lock objects: no mutual exclusion at all.</summary>
[BugProgram("SCTBench CS/wronglock (data guarded by two different locks)", 1)]
public static class WrongLock
{
    public static async Task Bug()
    {
        var stats = new Stats();
        await Task.WhenAll(new[] { Task.Run(stats.HitA), Task.Run(stats.HitB) });
        Check.Equal(2, stats.Hits, "hits");
    }

    public static async Task Fixed()
    {
        var stats = new Stats();
        await Task.WhenAll(new[] { Task.Run(stats.HitA), Task.Run(stats.HitAAgain) });
        Check.Equal(2, stats.Hits, "hits");
    }

    private sealed class Stats
    {
        private readonly object _a = new();
        private readonly object _b = new();
        public int Hits;

        public void HitA()
        {
            lock (_a)
            {
                Hits++;
            }
        }

        public void HitAAgain()
        {
            lock (_a)
            {
                Hits++;
            }
        }

        public void HitB()
        {
            lock (_b)
            {
                Hits++;
            }
        }
    }
}
