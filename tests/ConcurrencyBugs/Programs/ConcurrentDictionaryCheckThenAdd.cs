using System.Collections.Concurrent;

namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>ContainsKey then indexer-set on a ConcurrentDictionary: each call is atomic, the pair is not, and both callers create the session.</summary>
[BugProgram(".NET classic check-then-act on ConcurrentDictionary (ContainsKey, then set)", 1)]
public static class ConcurrentDictionaryCheckThenAdd
{
    public static async Task Bug()
    {
        var sessions = new Sessions();
        await Task.WhenAll(new[] { Task.Run(() => sessions.OpenRacy("u")), Task.Run(() => sessions.OpenRacy("u")) });
        Check.Equal(1, sessions.Created, "sessions created");
    }

    public static async Task Fixed()
    {
        var sessions = new Sessions();
        await Task.WhenAll(new[] { Task.Run(() => sessions.Open("u")), Task.Run(() => sessions.Open("u")) });
        Check.Equal(1, sessions.Created, "sessions created");
    }

    private sealed class Sessions
    {
        private readonly ConcurrentDictionary<string, int> _open = new();
        public int Created;

        public void OpenRacy(string user)
        {
            if (!_open.ContainsKey(user))
            {
                _open[user] = Interlocked.Increment(ref Created);
            }
        }

        // TryAdd decides the winner; only the winner counts a creation.
        public void Open(string user)
        {
            if (_open.TryAdd(user, 0))
            {
                Interlocked.Increment(ref Created);
            }
        }
    }
}
