namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>An early return skips the Release of an async gate: when the other caller got there first, this one leaves the gate closed and the next waiter waits forever.</summary>
[BugProgram(".NET classic: SemaphoreSlim released outside finally; JaConTeBe (lock not released on an early exit)", 1)]
public static class GateNeverReleased
{
    public static async Task Bug()
    {
        var once = new Once();
        await Task.WhenAll(new[] { Task.Run(once.RunLeaky), Task.Run(once.RunLeaky), Task.Run(once.RunLeaky) });
    }

    public static async Task Fixed()
    {
        var once = new Once();
        await Task.WhenAll(new[] { Task.Run(once.Run), Task.Run(once.Run), Task.Run(once.Run) });
    }

    private sealed class Once
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private bool _done;

        public async Task RunLeaky()
        {
            await _gate.WaitAsync();
            if (_done)
            {
                return;
            }

            _done = true;
            _gate.Release();
        }

        public async Task Run()
        {
            await _gate.WaitAsync();
            try
            {
                _done = true;
            }
            finally
            {
                _gate.Release();
            }
        }
    }
}
