using StressMaps.Frames;
using StressMaps.Harness.Exploration.Traces;

namespace StressMaps.Harness.Bundles;

/// <summary>
/// What a captured replay says of the user's code, as a bundle keeps it: for a race on a field, the frames
/// of the task switched away before its access and of the task that touched the field meanwhile; for every
/// other task, where it last touched a field or called a checked collection. The setup (task 0) and the
/// linearizability check's replays, which run in the setup's flow, are left out.
/// </summary>
public static class UserFramesText
{
    /// <summary>Each scenario task's frames, innermost first, by task number (1-based).</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<string>> ByTask(FrameCapture capture)
    {
        var byTask = capture.LastFrames
            .Where(pair => pair.Key > 0)
            .ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value);
        if (RaceOf(capture) is not null && capture.Race is { } race)
        {
            byTask[race.Preempted.Task] = race.Preempted.Frames;
            byTask[race.Intruder.Task] = race.Intruder.Frames;
        }

        return byTask;
    }

    /// <summary>The race on a field the replay saw between two scenario tasks, or null.</summary>
    public static FieldRacePair? RaceOf(FrameCapture capture) =>
        capture.Race is { Preempted.Task: > 0, Intruder.Task: > 0 } race
            ? new FieldRacePair(race.Field, race.Preempted.Task, race.Intruder.Task)
            : null;
}
