namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>
/// A job moves Queued → Running → Done in plain writes; a monitor reads the state twice and fails when it sees
/// Running then Done. It needs two preemptions: the job stopped after Running, the monitor stopped between its reads.
/// </summary>
[BugProgram("SCTBench CS/reorder_N and twostage_N family (bug needs the reader to see two intermediate states)", 2)]
public static class IntermediateStateTwoPreemptions
{
    public static async Task Bug()
    {
        var job = new Job();
        await Task.WhenAll(new[] { Task.Run(job.RunUnlocked), Task.Run(job.MonitorUnlocked) });
    }

    public static async Task Fixed()
    {
        var job = new Job();
        await Task.WhenAll(new[] { Task.Run(job.Run), Task.Run(job.Monitor) });
    }

    private sealed class Job
    {
        private readonly object _gate = new();
        private int _state;

        public void RunUnlocked()
        {
            _state = 1;
            _state = 2;
        }

        public void MonitorUnlocked()
        {
            var first = _state;
            var second = _state;
            Check.That(!(first == 1 && second == 2), "the monitor saw the job finish under it (Running, then Done)");
        }

        public void Run()
        {
            lock (_gate)
            {
                RunUnlocked();
            }
        }

        public void Monitor()
        {
            lock (_gate)
            {
                MonitorUnlocked();
            }
        }
    }
}
