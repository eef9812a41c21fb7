namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>A static cache is filled on first use without a lock: two callers each build it, and one caller's entries are lost.</summary>
[BugProgram(".NET classic lazy static initialisation without a lock (statics: seen only by StressMaps' own pass)", 1)]
public static class StaticCacheInit
{
    public static async Task Bug()
    {
        Cache.Reset();
        await Task.WhenAll(new[] { Task.Run(Cache.GetRacy), Task.Run(Cache.GetRacy) });
        Check.Equal(1, Cache.Builds, "cache builds");
    }

    public static async Task Fixed()
    {
        Cache.Reset();
        await Task.WhenAll(new[] { Task.Run(Cache.Get), Task.Run(Cache.Get) });
        Check.Equal(1, Cache.Builds, "cache builds");
    }

    private static class Cache
    {
        private static readonly object Gate = new();
        private static int[]? s_table;

        public static int Builds { get; private set; }

        public static void Reset()
        {
            s_table = null;
            Builds = 0;
        }

        public static int[] GetRacy()
        {
            if (s_table is null)
            {
                Builds++;
                s_table = [1, 2, 3];
            }

            return s_table;
        }

        public static int[] Get()
        {
            lock (Gate)
            {
                return GetRacy();
            }
        }
    }
}
