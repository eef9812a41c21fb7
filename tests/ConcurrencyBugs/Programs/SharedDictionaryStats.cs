namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>Two request handlers count hits in a shared Dictionary without a lock: concurrent writes to one hash table.</summary>
[BugProgram("JaConTeBe (HashMap shared between threads without synchronisation)", 1)]
public static class SharedDictionaryStats
{
    public static async Task Bug()
    {
        var stats = new Stats();
        await Task.WhenAll(new[] { Task.Run(() => stats.HitUnlocked("/a")), Task.Run(() => stats.HitUnlocked("/b")) });
    }

    public static async Task Fixed()
    {
        var stats = new Stats();
        await Task.WhenAll(new[] { Task.Run(() => stats.Hit("/a")), Task.Run(() => stats.Hit("/b")) });
    }

    private sealed class Stats
    {
        private readonly object _gate = new();
        private readonly Dictionary<string, int> _hits = new();

        public void HitUnlocked(string path) => _hits[path] = _hits.GetValueOrDefault(path) + 1;

        public void Hit(string path)
        {
            lock (_gate)
            {
                HitUnlocked(path);
            }
        }
    }
}
