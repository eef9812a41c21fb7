namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>Lazy initialisation checks once outside the lock and never again inside: two tasks both build the instance.</summary>
[BugProgram(".NET classic double-checked initialisation without the second check; SCTBench CS/lazy01", 1)]
public static class DoubleCheckedInit
{
    public static async Task Bug()
    {
        var holder = new Holder();
        await Task.WhenAll(new[] { Task.Run(holder.GetBroken), Task.Run(holder.GetBroken) });
        Check.Equal(1, holder.Built, "instances built");
    }

    public static async Task Fixed()
    {
        var holder = new Holder();
        await Task.WhenAll(new[] { Task.Run(holder.Get), Task.Run(holder.Get) });
        Check.Equal(1, holder.Built, "instances built");
    }

    private sealed class Holder
    {
        private readonly object _gate = new();
        private object? _instance;
        public int Built;

        public object GetBroken()
        {
            if (_instance is null)
            {
                lock (_gate)
                {
                    Built++;
                    _instance = new object();
                }
            }

            return _instance;
        }

        public object Get()
        {
            if (_instance is null)
            {
                lock (_gate)
                {
                    if (_instance is null)
                    {
                        Built++;
                        _instance = new object();
                    }
                }
            }

            return _instance;
        }
    }
}
