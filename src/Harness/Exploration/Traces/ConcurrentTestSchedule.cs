using StressMaps.Frames;

namespace StressMaps.Harness.Exploration.Traces;

/// <summary>The size of a concurrent test's schedule, as the shrinker orders schedules.</summary>
public static class ConcurrentTestSchedule
{
    /// <summary>
    /// Preemptions seen by a capturing replay: switches from one task to another, at a field access or a
    /// synchronization call, where the task switched away from still had accesses to make.
    /// </summary>
    public static int Preemptions(FrameCapture frames)
    {
        var tasks = frames.AccessTasks.ToList();
        var lastAccess = new Dictionary<int, int>();
        for (var i = 0; i < tasks.Count; i++)
        {
            lastAccess[tasks[i]] = i;
        }

        return Enumerable.Range(1, Math.Max(0, tasks.Count - 1))
            .Count(i => tasks[i] != tasks[i - 1] && lastAccess[tasks[i - 1]] > i);
    }
}
