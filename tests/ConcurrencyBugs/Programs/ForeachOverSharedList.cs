namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>Subscribers are added under a lock, but notification enumerates the live list without it: "Collection was modified".</summary>
[BugProgram("JaConTeBe (iteration over a synchronized list without holding its lock: ConcurrentModificationException)", 1)]
public static class ForeachOverSharedList
{
    public static async Task Bug()
    {
        var hub = new Hub();
        await Task.WhenAll(new[] { Task.Run(hub.Subscribe), Task.Run(hub.NotifyLive) });
    }

    public static async Task Fixed()
    {
        var hub = new Hub();
        await Task.WhenAll(new[] { Task.Run(hub.Subscribe), Task.Run(hub.NotifyCopy) });
    }

    private sealed class Hub
    {
        private readonly object _gate = new();
        private readonly List<int> _subscribers = [1, 2];
        private int _notified;

        public void Subscribe()
        {
            lock (_gate)
            {
                _subscribers.Add(3);
            }
        }

        public void NotifyLive()
        {
            foreach (var subscriber in _subscribers)
            {
                _notified += subscriber;
            }
        }

        public void NotifyCopy()
        {
            int[] copy;
            lock (_gate)
            {
                copy = [.. _subscribers];
            }

            foreach (var subscriber in copy)
            {
                _notified += subscriber;
            }
        }
    }
}
