namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>A registry hands out its live Dictionary as an IReadOnlyDictionary; a reader enumerates it while a writer adds.</summary>
[BugProgram(".NET classic: a Dictionary behind IReadOnlyDictionary is still one live, unsynchronised table", 1)]
public static class ReadOnlyDictionaryView
{
    public static async Task Bug()
    {
        var registry = new Registry();
        await Task.WhenAll(new[] { Task.Run(() => registry.AddInPlace("b")), Task.Run(() => registry.Sum(registry.LiveView)) });
    }

    public static async Task Fixed()
    {
        var registry = new Registry();
        await Task.WhenAll(new[] { Task.Run(() => registry.Add("b")), Task.Run(() => registry.Sum(registry.Snapshot)) });
    }

    private sealed class Registry
    {
        private readonly object _gate = new();
        private Dictionary<string, int> _entries = new() { ["a"] = 1, ["c"] = 3 };
        private int _seen;

        public IReadOnlyDictionary<string, int> LiveView => _entries;

        // Copy-on-write: readers get a table nobody writes any more.
        public IReadOnlyDictionary<string, int> Snapshot
        {
            get
            {
                lock (_gate)
                {
                    return _entries;
                }
            }
        }

        public void Add(string key)
        {
            lock (_gate)
            {
                _entries = new Dictionary<string, int>(_entries) { [key] = 2 };
            }
        }

        public void AddInPlace(string key) => _entries[key] = 2;

        public int Sum(IReadOnlyDictionary<string, int> view)
        {
            var total = 0;
            foreach (var pair in view)
            {
                total += pair.Value;
                _seen++;
            }

            return total;
        }
    }
}
