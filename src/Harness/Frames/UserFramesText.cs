using StressMaps.Controlled;

namespace StressMaps.Harness.Frames;

/// <summary>
/// The user's code of each task involved in a bug, as a report prints it: for a race on a field, the
/// task switched away before its access and the task that touched the field meanwhile; otherwise
/// where each task last was. Harness, Coyote and framework frames are already folded away.
/// </summary>
public static class UserFramesText
{
    /// <summary>Each involved task's frames, innermost first, by task number (1-based).</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<string>> ByTask(FrameCapture capture)
    {
        var byTask = capture.LastFrames
            .Where(pair => pair.Key > 0)
            .ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value);
        if (capture.Race is { } race)
        {
            byTask[race.Preempted.Task] = race.Preempted.Frames;
            byTask[race.Intruder.Task] = race.Intruder.Frames;
        }

        return byTask;
    }

    /// <summary>The paragraph a bug report appends, or null when the replay saw no user code.</summary>
    public static string? Describe(FrameCapture capture)
    {
        var byTask = ByTask(capture);
        if (byTask.Count == 0)
        {
            return null;
        }

        var lines = new List<string>();
        if (capture.Race is { } race)
        {
            lines.Add($"Race on {race.Field}:");
            lines.Add($"  task {race.Preempted.Task} was switched away right before it touched {race.Field}");
            lines.AddRange(race.Preempted.Frames.Select(frame => $"    at {frame}"));
            lines.Add($"  task {race.Intruder.Task} touched {race.Field} meanwhile");
            lines.AddRange(race.Intruder.Frames.Select(frame => $"    at {frame}"));
        }

        var others = byTask.Where(pair => capture.Race is not { } seen || (pair.Key != seen.Preempted.Task && pair.Key != seen.Intruder.Task));
        foreach (var (task, frames) in others.OrderBy(pair => pair.Key))
        {
            lines.Add($"  task {task} was last in the user's code at");
            lines.AddRange(frames.Select(frame => $"    at {frame}"));
        }

        return (capture.Race is null ? "Where each task was in the user's code:\n" : "") + string.Join('\n', lines);
    }
}
