using Microsoft.Coyote;
using StressMaps.Controlled;

namespace StressMaps.Harness.Frames;

/// <summary>
/// Runs a test under Coyote while capturing, at each field access and checked-collection call of the
/// user's code, which task is where: too costly for exploration, cheap for one replay of a bug's schedule.
/// Capturing adds no scheduling point, so the replayed schedule is the bug's.
/// </summary>
public static class FrameReplay
{
    /// <summary>Replays <paramref name="configuration"/>'s trace of <paramref name="test"/> once and returns what it captured.</summary>
    public static FrameCapture Capture(Func<Task> test, Configuration configuration)
    {
        var capture = new FrameCapture();
        using (TaskStacks.Begin(capture))
        {
            Exploration.CoyoteExplorer.Run(test, configuration);
        }

        return capture;
    }
}
