using System.Collections.Concurrent;

namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>ConcurrentDictionary.GetOrAdd may run its factory twice; a factory with a side effect (opening a connection) does it twice.</summary>
[BugProgram(".NET classic: ConcurrentDictionary.GetOrAdd's value factory runs outside the lock", 1)]
public static class GetOrAddFactoryTwice
{
    public static async Task Bug()
    {
        var pool = new Pool();
        await Task.WhenAll(new[] { Task.Run(() => pool.GetRacy("db")), Task.Run(() => pool.GetRacy("db")) });
        Check.Equal(1, pool.Opened, "connections opened");
    }

    public static async Task Fixed()
    {
        var pool = new Pool();
        await Task.WhenAll(new[] { Task.Run(() => pool.Get("db")), Task.Run(() => pool.Get("db")) });
        Check.Equal(1, pool.Opened, "connections opened");
    }

    private sealed class Pool
    {
        private readonly ConcurrentDictionary<string, int> _connections = new();
        private readonly ConcurrentDictionary<string, Task<int>> _pending = new();
        private readonly object _gate = new();
        public int Opened;

        public int GetRacy(string name) => _connections.GetOrAdd(name, _ => Interlocked.Increment(ref Opened));

        // The factory only makes a placeholder under a lock; the side effect runs once for the winner.
        public int Get(string name)
        {
            lock (_gate)
            {
                return _connections.GetOrAdd(name, _ => Interlocked.Increment(ref Opened));
            }
        }
    }
}
