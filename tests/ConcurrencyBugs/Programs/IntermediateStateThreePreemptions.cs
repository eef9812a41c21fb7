namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>
/// A job goes through states 1, 2, 3 in plain writes; a monitor reads twice and fails when it sees exactly 1 then 2.
/// It needs three preemptions: the job after 1, the monitor after its first read, the job after 2.
/// </summary>
[BugProgram("SCTBench CS/reorder_N family (a deeper interleaving of a writer's intermediate states)", 3)]
public static class IntermediateStateThreePreemptions
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
            _state = 3;
        }

        public void MonitorUnlocked()
        {
            var first = _state;
            var second = _state;
            Check.That(!(first == 1 && second == 2), "the monitor saw two intermediate states in a row (1, then 2)");
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
