namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>A writer updates two related fields in two separate lock regions; a reader sees the first stage without the second.</summary>
[BugProgram("SCTBench CS/twostage (two lock regions where one was needed)", 1)]
public static class TwoStage
{
    public static async Task Bug()
    {
        var range = new Range();
        await Task.WhenAll(new[] { Task.Run(range.MoveSplit), Task.Run(range.Verify) });
    }

    public static async Task Fixed()
    {
        var range = new Range();
        await Task.WhenAll(new[] { Task.Run(range.Move), Task.Run(range.Verify) });
    }

    private sealed class Range
    {
        private readonly object _gate = new();
        private int _low;
        private int _high = 10;

        public void MoveSplit()
        {
            lock (_gate)
            {
                _low = 20;
            }

            lock (_gate)
            {
                _high = 30;
            }
        }

        public void Move()
        {
            lock (_gate)
            {
                _low = 20;
                _high = 30;
            }
        }

        public void Verify()
        {
            lock (_gate)
            {
                Check.That(_low <= _high, $"range inverted: low {_low} > high {_high}");
            }
        }
    }
}
