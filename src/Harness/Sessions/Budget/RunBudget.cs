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
    /// The budget of a run over named types when neither <c>-i</c> nor <c>--exhaustive</c> is given: 45 s of
    /// exploring, so that with the shrinking of a root cause or two and the workers' start the run answers
    /// within about a minute and a half on 2 cores, as a check on every change must.
    /// </summary>
    public static RunBudget Default { get; } = new(TimeSpan.FromSeconds(45), null);

    /// <summary>
    /// How long shrinking one root cause's bundle may take in a budgeted run; past it the bundle stays as found
    /// (shrinking takes 7 to 25 s a bug on an idle 2-core machine, minutes on a loaded one).
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
