namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>A writer appends to a List (which may resize it) while a reader walks it by index without the writer's lock.</summary>
[BugProgram(".NET classic: List<T> resized under a reader; JaConTeBe (unsynchronised collection read during a write)", 1)]
public static class ListResizedUnderReader
{
    public static async Task Bug()
    {
        var log = new EventLog();
        await Task.WhenAll(new[] { Task.Run(() => log.Append(4)), Task.Run(log.TotalUnlocked) });
    }

    public static async Task Fixed()
    {
        var log = new EventLog();
        await Task.WhenAll(new[] { Task.Run(() => log.Append(4)), Task.Run(log.Total) });
    }

    private sealed class EventLog
    {
        private readonly object _gate = new();
        private readonly List<int> _events = [1, 2, 3];

        public void Append(int value)
        {
            lock (_gate)
            {
                _events.Add(value);
            }
        }

        public int TotalUnlocked()
        {
            var total = 0;
            for (var i = 0; i < _events.Count; i++)
            {
                total += _events[i];
            }

            return total;
        }

        public int Total()
        {
            lock (_gate)
            {
                return TotalUnlocked();
            }
        }
    }
}
