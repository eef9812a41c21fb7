using StressMaps.Harness.Exploration.Coverage;
using StressMaps.Harness.Oracles;

namespace StressMaps.Harness.Sessions.Budget;

/// <summary>
/// Spends a run's budget across its cells: every cell first gets one slice of schedules, exactly its minimum share
/// when the budget has one (<see cref="RunBudget.ShareFor"/>, the default's), else an equal part of what is left, at
/// most <see cref="MaxFirstSlice"/>; then each further slice goes to the cell whose coverage grew most recently, until every cell is
/// done (a bug, or saturated by <see cref="SaturationRule"/>) or the budget is spent. Every cell gets its first
/// slice, of at least <see cref="MinSlice"/> schedules (or the budget's minimum share, <see cref="RunBudget.ShareFor"/>), even past
/// the budget: no cell is left unexplored. The first slice runs with the cell's own seed, so it explores the
/// schedules <c>-i</c> explores first.
/// </summary>
public static class BudgetScheduler
{
    /// <summary>The fewest schedules in a slice.</summary>
    public const uint MinSlice = 10;

    /// <summary>The most schedules in a first slice: a cell's minimum share.</summary>
    public const uint MaxFirstSlice = SaturationRule.MinSchedules;

    /// <summary>The most schedules in a later slice.</summary>
    public const uint MaxSlice = 200;

    // A later slice aims at about this long, so no cell holds the budget for long at a time.
    private static readonly TimeSpan SliceTime = TimeSpan.FromSeconds(1);

    /// <summary>Explores <paramref name="cells"/> within <paramref name="clock"/>.</summary>
    /// <param name="cells">The cells, in matrix order.</param>
    /// <param name="clock">What is left of the budget.</param>
    /// <param name="settled">Hears each cell once it is done, or once the budget is spent.</param>
    /// <param name="cancellation">Stops between slices.</param>
    /// <param name="starting">Hears each cell before each of its slices (the worker names it on the status board).</param>
    public static void Run(
        IReadOnlyList<SlicedCell> cells, BudgetClock clock, Action<SlicedCell> settled, CancellationToken cancellation = default, Action<SlicedCell>? starting = null)
    {
        var open = new List<SlicedCell>();
        foreach (var cell in cells)
        {
            if (cell.NotExplored)
            {
                settled(cell);
            }
            else
            {
                open.Add(cell);
            }
        }

        var waiting = open.Count;
        var share = (uint)clock.ShareFor(open.Count);
        foreach (var cell in open.ToList())
        {
            cancellation.ThrowIfCancellationRequested();
            var slice = FirstSlice(cells, clock, waiting--, share);
            starting?.Invoke(cell);
            Explore(cell, slice, clock);
            if (cell.Done)
            {
                open.Remove(cell);
                settled(cell);
            }
        }

        while (open.Count > 0 && !clock.Spent)
        {
            cancellation.ThrowIfCancellationRequested();
            // The freshest growth first; among equals, the cell explored least.
            var cell = open.OrderBy(candidate => candidate.Coverage.Schedules - candidate.Coverage.LastNewPairAt).ThenBy(candidate => candidate.Explored).First();
            starting?.Invoke(cell);
            Explore(cell, Slice(cell, clock), clock);
            if (cell.Done)
            {
                open.Remove(cell);
                settled(cell);
            }
        }

        foreach (var cell in open)
        {
            settled(cell);
        }
    }

    private static void Explore(SlicedCell cell, uint schedules, BudgetClock clock)
    {
        var before = cell.Explored;
        cell.Explore(schedules);
        clock.Charge(cell.Explored - before);
    }

    // What is left, shared by the cells still waiting for their first slice: the prefix of -i's schedules each
    // cell gets is worth more than later slices (they find what -i finds), so the first slices may spend it all.
    private static uint FirstSlice(IReadOnlyList<SlicedCell> cells, BudgetClock clock, int waiting, uint share)
    {
        // A minimum share is the first slice, whatever the time: the schedules a verdict rests on do not depend on the machine.
        if (share > 0 || clock.Spent)
        {
            return Math.Max(MinSlice, share);
        }

        var rate = Rate(cells);
        var byTime = clock.TimeLeft is { } left && rate > 0 ? left.TotalSeconds * rate / waiting : double.MaxValue;
        var bySchedules = clock.SchedulesLeft is { } schedules ? (double)schedules / waiting : double.MaxValue;
        // Before any rate is known, the whole share: a shorter prefix could not be extended later (a slice after the
        // first takes a spread seed), and one cell's 400 schedules take seconds, not the budget.
        var first = rate > 0 ? Math.Min(byTime, bySchedules) : Math.Min(MaxFirstSlice, bySchedules);
        return (uint)Math.Clamp(first, MinSlice, MaxFirstSlice);
    }

    private static uint Slice(SlicedCell cell, BudgetClock clock)
    {
        var rate = cell.Elapsed.TotalSeconds > 0 ? cell.Explored / cell.Elapsed.TotalSeconds : MaxSlice;
        var slice = Math.Clamp(Math.Min(rate * SliceTime.TotalSeconds, clock.SchedulesLeft ?? long.MaxValue), MinSlice, MaxSlice);
        // No further than the cell's saturation point: if no pair comes, it stops exactly there.
        return (uint)Math.Max(1, Math.Min(slice, SaturationRule.SchedulesToSaturation(cell.Coverage)));
    }

    // Schedules per second over the cells explored so far.
    private static double Rate(IReadOnlyList<SlicedCell> cells)
    {
        var seconds = cells.Sum(cell => cell.Elapsed.TotalSeconds);
        return seconds > 0 ? cells.Sum(cell => cell.Explored) / seconds : 0;
    }
}
