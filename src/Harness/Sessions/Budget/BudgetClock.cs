namespace StressMaps.Harness.Sessions.Budget;

/// <summary>
/// What is left of a <see cref="RunBudget"/>: a deadline fixed when the run started (so every worker process
/// of the run shares it) and the schedules not yet spent.
/// </summary>
public sealed class BudgetClock(DateTimeOffset? deadline, long? schedulesLeft, Func<DateTimeOffset>? now = null)
{
    private readonly Func<DateTimeOffset> _now = now ?? (() => DateTimeOffset.UtcNow);

    /// <summary>The deadline, or null for none.</summary>
    public DateTimeOffset? Deadline => deadline;

    /// <summary>Schedules left, or null for no limit.</summary>
    public long? SchedulesLeft { get; private set; } = schedulesLeft;

    /// <summary>Whether the budget is spent.</summary>
    public bool Spent => SchedulesLeft <= 0 || _now() >= deadline;

    /// <summary>Time left, or null for no limit.</summary>
    public TimeSpan? TimeLeft => deadline is { } end ? end - _now() : null;

    /// <summary>How many schedules each of so many cells gets in its first slice, however little is left (<see cref="RunBudget.ShareFor"/>).</summary>
    public Func<int, int> ShareFor { get; init; } = _ => 0;

    /// <summary>Counts <paramref name="schedules"/> as spent.</summary>
    public void Charge(int schedules) => SchedulesLeft -= schedules;

    /// <summary>The clock of <paramref name="budget"/> for a run that started at <paramref name="startedAt"/>, <paramref name="spent"/> schedules already spent.</summary>
    public static BudgetClock Start(RunBudget budget, DateTimeOffset startedAt, long spent = 0) =>
        new(startedAt + budget.Time, budget.Schedules - spent) { ShareFor = budget.ShareFor };
}
