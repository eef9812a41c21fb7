namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>A setter writes two fields that must agree, one after the other; a checker between the writes sees them disagree.</summary>
[BugProgram("SCTBench CS/reorder_2 (checker sees a half-done pair of writes)", 1)]
public static class Reorder
{
    public static async Task Bug()
    {
        var pair = new Pair();
        await Task.WhenAll(new[] { Task.Run(pair.SetUnlocked), Task.Run(pair.CheckUnlocked) });
    }

    public static async Task Fixed()
    {
        var pair = new Pair();
        await Task.WhenAll(new[] { Task.Run(pair.Set), Task.Run(pair.CheckLocked) });
    }

    private sealed class Pair
    {
        private readonly object _gate = new();
        private int _a;
        private int _b;

        public void SetUnlocked()
        {
            _a = 1;
            _b = 1;
        }

        public void Set()
        {
            lock (_gate)
            {
                SetUnlocked();
            }
        }

        public void CheckUnlocked()
        {
            var a = _a;
            var b = _b;
            Check.That(a == b, $"a = {a} but b = {b}");
        }

        public void CheckLocked()
        {
            lock (_gate)
            {
                CheckUnlocked();
            }
        }
    }
}
