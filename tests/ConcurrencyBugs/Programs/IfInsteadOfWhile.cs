namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>Two consumers wait with `if` instead of `while`; one item and PulseAll wake both, and the second dequeues from an empty queue.</summary>
[BugProgram("JaConTeBe (wait() not in a loop: spurious or stolen wake-up); .NET Monitor.Wait classic", 1)]
public static class IfInsteadOfWhile
{
    public static async Task Bug()
    {
        var queue = new WorkQueue();
        await Task.WhenAll(new[] { Task.Run(queue.TakeIf), Task.Run(queue.TakeIf), Task.Run(() => queue.Put(1)), Task.Run(() => queue.Put(2)) });
    }

    public static async Task Fixed()
    {
        var queue = new WorkQueue();
        await Task.WhenAll(new[] { Task.Run(queue.TakeWhile), Task.Run(queue.TakeWhile), Task.Run(() => queue.Put(1)), Task.Run(() => queue.Put(2)) });
    }

    private sealed class WorkQueue
    {
        private readonly object _gate = new();
        private readonly Queue<int> _items = new();

        public void Put(int item)
        {
            lock (_gate)
            {
                _items.Enqueue(item);
                Monitor.PulseAll(_gate);
            }
        }

        public int TakeIf()
        {
            lock (_gate)
            {
                if (_items.Count == 0)
                {
                    Monitor.Wait(_gate);
                }

                return _items.Dequeue();
            }
        }

        public int TakeWhile()
        {
            lock (_gate)
            {
                while (_items.Count == 0)
                {
                    Monitor.Wait(_gate);
                }

                return _items.Dequeue();
            }
        }
    }
}
