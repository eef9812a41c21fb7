using System.Collections.Concurrent;

namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>Read a ConcurrentDictionary value, add one, write it back: two callers lose an update.</summary>
[BugProgram(".NET classic lost update on ConcurrentDictionary (get, then set, instead of AddOrUpdate)", 1)]
public static class ConcurrentDictionaryLostUpdate
{
    public static async Task Bug()
    {
        var counts = new ConcurrentDictionary<string, int>();
        counts["k"] = 0;
        await Task.WhenAll(new[] { Task.Run(() => counts["k"] = counts["k"] + 1), Task.Run(() => counts["k"] = counts["k"] + 1) });
        Check.Equal(2, counts["k"], "count");
    }

    public static async Task Fixed()
    {
        var counts = new ConcurrentDictionary<string, int>();
        counts["k"] = 0;
        await Task.WhenAll(new[] { Task.Run(() => counts.AddOrUpdate("k", 1, (_, old) => old + 1)), Task.Run(() => counts.AddOrUpdate("k", 1, (_, old) => old + 1)) });
        Check.Equal(2, counts["k"], "count");
    }
}
