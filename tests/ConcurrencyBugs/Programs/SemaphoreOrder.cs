namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>Two async paths take two SemaphoreSlim gates in opposite orders: each holds one and awaits the other.</summary>
[BugProgram(".NET classic async lock order (SemaphoreSlim used as an async lock); SCTBench CS/deadlock01", 1)]
public static class SemaphoreOrder
{
    public static async Task Bug()
    {
        var gates = new Gates();
        await Task.WhenAll(new[] { Task.Run(() => gates.Both(gates.Cache, gates.Store)), Task.Run(() => gates.Both(gates.Store, gates.Cache)) });
    }

    public static async Task Fixed()
    {
        var gates = new Gates();
        await Task.WhenAll(new[] { Task.Run(() => gates.Both(gates.Cache, gates.Store)), Task.Run(() => gates.Both(gates.Cache, gates.Store)) });
    }

    private sealed class Gates
    {
        public SemaphoreSlim Cache = new(1, 1);
        public SemaphoreSlim Store = new(1, 1);
        public int Writes;

        public async Task Both(SemaphoreSlim first, SemaphoreSlim second)
        {
            await first.WaitAsync();
            try
            {
                await second.WaitAsync();
                Writes++;
                second.Release();
            }
            finally
            {
                first.Release();
            }
        }
    }
}
