namespace StressMaps.ConcurrencyBugs.Programs;

/// <summary>A fire-and-forget task reads state its starter sets only after starting it: it throws, and nobody awaits it.</summary>
[BugProgram(".NET classic unawaited task (fire and forget) whose exception nobody observes", 1)]
public static class UnawaitedTaskFault
{
    public static async Task Bug()
    {
        var job = new Job();
        _ = Task.Run(job.Report);
        job.Name = "nightly";
        await Task.Yield();
    }

    public static async Task Fixed()
    {
        var job = new Job { Name = "nightly" };
        await Task.Run(job.Report);
    }

    private sealed class Job
    {
        public string? Name { get; set; }

        public int Report() => Name!.Length;
    }
}
