using StressMaps.Reduction;

namespace StressMaps.Harness.Exploration.Exhaustive;

/// <summary>
/// The default run's proof attempt. A cell whose steps say what they touch is first searched with the
/// partial-order reduction, within <see cref="ExplorationOptions.ProofSchedules"/> schedules: a covered search
/// is the cell's verdict (proved). Anything short of a proof (the budget reached, a schedule cut by the step
/// bound) leaves the cell to sampling exactly as before; so does a bug, so that it is reported, shrunk and
/// bundled as sampling finds it, unless sampling misses it, when the search's bug stands.
/// </summary>
public static class ProofFirst
{
    /// <summary>
    /// The default budget of a proof attempt, in schedules (a count, not a time, so a verdict does not depend on
    /// the machine's speed): the largest built-in cell needs 3,150 (two-writers-one-reader × concurrent).
    /// </summary>
    public const uint DefaultSchedules = 10_000;

    /// <summary>Whether a cell explored with <paramref name="options"/> and <paramref name="footprints"/> gets a proof attempt.</summary>
    public static bool Applies(ExplorationOptions options, FootprintRules footprints) =>
        options.ProofSchedules > 0 && options.Strategy != StrategyName.Exhaustive && footprints != FootprintRules.Unknown;

    /// <summary>
    /// Searches <paramref name="test"/> for a proof when one <see cref="Applies"/>, then samples it with <paramref name="options"/>
    /// when none was reached; a cell with no attempt is explored as <see cref="CoyoteExplorer"/> explores it.
    /// </summary>
    public static ExplorationOutcome Explore(Func<Task> test, ExplorationOptions options, FootprintRules footprints)
    {
        if (!Applies(options, footprints))
        {
            return CoyoteExplorer.Explore(test, options, footprints);
        }

        var search = options with
        {
            Strategy = StrategyName.Exhaustive,
            Iterations = options.ProofSchedules,
            TimeBudget = null,
            Reduction = ReductionName.Dpor,
        };
        var proof = CoyoteExplorer.Explore(test, search, footprints);
        if (proof is { BugFound: false, Coverage.Exhaustive: true })
        {
            return proof;
        }

        var sampled = CoyoteExplorer.Explore(test, options, footprints);
        return proof.BugFound && !sampled.BugFound ? proof : sampled;
    }
}
