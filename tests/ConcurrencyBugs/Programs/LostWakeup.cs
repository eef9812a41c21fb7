namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>The consumer checks the flag outside the lock, the producer sets it and pulses before the consumer waits: the pulse is lost.</summary>
[BugProgram("JaConTeBe (lost notify: wait without re-checking the condition under the monitor); .NET Monitor.Wait/Pulse", 1)]
public static class LostWakeup
{
    public static async Task Bug()
    {
        var channel = new Channel();
        await Task.WhenAll(new[] { Task.Run(channel.ConsumeRacy), Task.Run(channel.Produce) });
    }

    public static async Task Fixed()
    {
        var channel = new Channel();
        await Task.WhenAll(new[] { Task.Run(channel.Consume), Task.Run(channel.Produce) });
    }

    private sealed class Channel
    {
        private readonly object _gate = new();
        private bool _ready;

        public void ConsumeRacy()
        {
            if (!_ready)
            {
                lock (_gate)
                {
                    Monitor.Wait(_gate);
                }
            }
        }

        public void Consume()
        {
            lock (_gate)
            {
                while (!_ready)
                {
                    Monitor.Wait(_gate);
                }
            }
        }

        public void Produce()
        {
            lock (_gate)
            {
                _ready = true;
                Monitor.PulseAll(_gate);
            }
        }
    }
}
