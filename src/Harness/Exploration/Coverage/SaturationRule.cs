using StressMaps.Frames;

namespace StressMaps.Harness.Exploration.Coverage;

/// <summary>
/// When a cell has seen enough: it has had its minimum share, <see cref="MinSchedules"/> schedules (explored as one
/// first slice with the cell's own seed, so exactly the schedules <c>-i</c> explores first: every bug <c>-i</c> finds
/// within them, a budget finds too), and at least <see cref="QuietSchedules"/> schedules without a new pair, and at
/// least as many quiet schedules as it took to find its last pair (a pair found at schedule 400 waits until schedule
/// 800). Coverage alone cannot be the rule: a hand-out race or a lost update can need a few hundred schedules in a
/// cell whose pairs all came in the first ten (LiveRegistry's hand-out cells fail at schedules 14 to 351 under
/// <c>-i 1000</c>, with 0 to 7 pairs each, all seen by schedule 20).
/// </summary>
public static class SaturationRule
{
    /// <summary>The fewest schedules before a cell can count as saturated: its minimum share.</summary>
    public const int MinSchedules = 400;

    /// <summary>The fewest schedules without a new pair before a cell counts as saturated.</summary>
    public const int QuietSchedules = 100;

    /// <summary>Whether <paramref name="recorder"/>'s cell has had its share and its coverage has stopped growing by this rule.</summary>
    public static bool IsSaturated(CoverageRecorder recorder) => SchedulesToSaturation(recorder) == 0;

    /// <summary>How many more schedules without a new pair make <paramref name="recorder"/> saturated (0 when it is).</summary>
    public static int SchedulesToSaturation(CoverageRecorder recorder)
    {
        var quiet = recorder.Schedules - recorder.LastNewPairAt;
        var toQuiet = Math.Max(QuietSchedules, recorder.LastNewPairAt) - quiet;
        return Math.Max(0, Math.Max(MinSchedules - recorder.Schedules, toQuiet));
    }
}
