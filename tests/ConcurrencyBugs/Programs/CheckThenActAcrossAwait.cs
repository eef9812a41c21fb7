namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>An async loader checks a flag, awaits, then sets it: two callers both pass the check and load twice.</summary>
[BugProgram(".NET classic check-then-act across an await", 1)]
public static class CheckThenActAcrossAwait
{
    public static async Task Bug()
    {
        var loader = new Loader();
        await Task.WhenAll(new[] { Task.Run(loader.EnsureLoadedRacy), Task.Run(loader.EnsureLoadedRacy) });
        Check.Equal(1, loader.Loads, "loads");
    }

    public static async Task Fixed()
    {
        var loader = new Loader();
        await Task.WhenAll(new[] { Task.Run(loader.EnsureLoaded), Task.Run(loader.EnsureLoaded) });
        Check.Equal(1, loader.Loads, "loads");
    }

    private sealed class Loader
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private bool _loaded;
        public int Loads;

        public async Task EnsureLoadedRacy()
        {
            if (!_loaded)
            {
                await Task.Yield();
                Loads++;
                _loaded = true;
            }
        }

        public async Task EnsureLoaded()
        {
            await _gate.WaitAsync();
            try
            {
                if (!_loaded)
                {
                    await Task.Yield();
                    Loads++;
                    _loaded = true;
                }
            }
            finally
            {
                _gate.Release();
            }
        }
    }
}
