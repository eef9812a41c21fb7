namespace StressMaps.Harness.Sessions.Budget;

/// <summary>
/// What a whole run may spend exploring, across its cells: wall-clock time, schedules, or both (whichever
/// runs out first). Spent by <see cref="BudgetScheduler"/>; shrinking the bugs found comes after it.
/// </summary>
/// <param name="Time">Wall-clock time for exploring, from when the first worker has planned the run (loading and rewriting the user's assembly come before); null for no limit.</param>
/// <param name="Schedules">Schedules in all; null for no limit.</param>
public sealed record RunBudget(TimeSpan? Time, long? Schedules)
{
    /// <summary>
    /// The budget of a run over named types when neither <c>-i</c> nor <c>--exhaustive</c> is given: every cell its
    /// minimum share (<see cref="ShareFor"/>: 400 schedules, or for a class of more than 40 cells an equal part of
    /// 16,000, never under 100), counted in schedules so the verdicts do not depend on the machine or its load; then
    /// what is left of 45 s of exploring to the cells whose coverage still grows. 16,000 schedules take about 40 s on
    /// one core of an idle 2-core machine, so with the worker's start and shrinking the run answers within about a
    /// minute and a half, as a check on every change must; a loaded machine takes longer rather than finding less.
    /// </summary>
    public static RunBudget Default { get; } = new(TimeSpan.FromSeconds(45), null) { MinShare = Exploration.Coverage.SaturationRule.MinSchedules, SharedSchedules = 16_000 };

    /// <summary>The fewest schedules a minimum share is cut to for a class of many cells.</summary>
    public const int LeastShare = 100;

    /// <summary>
    /// Schedules every cell gets in its first slice however little is left of the budget (0: as much as the
    /// budget allows). A budget typed on the command line has none: it bounds the run.
    /// </summary>
    public int MinShare { get; init; }

    /// <summary>Schedules the minimum shares of all cells may take together before each share is cut (to no less than <see cref="LeastShare"/>); 0 for no limit.</summary>
    public int SharedSchedules { get; init; }

    /// <summary>The minimum share of each of <paramref name="cells"/> cells: <see cref="MinShare"/>, or an equal part of <see cref="SharedSchedules"/> when that is less, but no less than <see cref="LeastShare"/>.</summary>
    public int ShareFor(int cells) =>
        MinShare == 0 ? 0 : SharedSchedules == 0 || cells == 0 ? MinShare : Math.Clamp(SharedSchedules / cells, Math.Min(LeastShare, MinShare), MinShare);

    /// <summary>
    /// How long shrinking the root causes' bundles may take in all in a budgeted run; past it the bundles left stay
    /// as found (shrinking takes 7 to 25 s a bug on an idle 2-core machine, minutes on a loaded one).
    /// </summary>
    public static TimeSpan ShrinkTime { get; } = TimeSpan.FromSeconds(30);

    /// <summary>How the budget reads: <c>45 s</c>, <c>20000 schedules</c>, <c>20000 schedules or 60 s</c>.</summary>
    public override string ToString() => (Time, Schedules) switch
    {
        ({ } time, { } schedules) => $"{schedules} schedules or {time.TotalSeconds:0} s",
        ({ } time, null) => $"{time.TotalSeconds:0} s",
        (null, { } schedules) => $"{schedules} schedules",
        _ => "unlimited",
    };
}
