using StressMaps.Frames;

namespace StressMaps.Harness.Exploration.Coverage;

/// <summary>
/// When a cell has seen enough: at least <see cref="QuietSchedules"/> schedules without a new pair, and at
/// least as many quiet schedules as it took to find its last pair. The second half doubles the wait for a
/// cell whose pairs came late (a pair found at schedule 400 waits until schedule 800): a cell still
/// discovering slowly keeps its slices, one that found everything early stops early.
/// </summary>
public static class SaturationRule
{
    /// <summary>The fewest schedules without a new pair before a cell counts as saturated.</summary>
    public const int QuietSchedules = 100;

    /// <summary>Whether <paramref name="recorder"/>'s coverage has stopped growing by this rule.</summary>
    public static bool IsSaturated(CoverageRecorder recorder)
    {
        var quiet = recorder.Schedules - recorder.LastNewPairAt;
        return quiet >= QuietSchedules && quiet >= recorder.LastNewPairAt;
    }

    /// <summary>How many more schedules without a new pair make <paramref name="recorder"/> saturated (0 when it is).</summary>
    public static int SchedulesToSaturation(CoverageRecorder recorder) =>
        Math.Max(0, Math.Max(QuietSchedules, recorder.LastNewPairAt) - (recorder.Schedules - recorder.LastNewPairAt));
}
