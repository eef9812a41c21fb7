using System.Globalization;

namespace StressMaps.Harness.Exploration.Exhaustive;

/// <summary>What an exhaustive search covered, and so what its verdict may claim.</summary>
/// <param name="End">Why the search stopped.</param>
/// <param name="Schedules">Schedules explored to their end (a failing one included); DFS's empty closing iteration and step-bound cuts are not counted.</param>
/// <param name="StepBoundCuts">Schedules cut by the step bound.</param>
/// <param name="LongestSchedule">Scheduling steps of the longest schedule: the depth of the space, which grows it fastest.</param>
/// <param name="Budget">The budget the search had.</param>
/// <param name="Scope">Which scheduling points were on, and the step bound: what "every schedule" means.</param>
public sealed record ExhaustiveCoverage(SearchEnd End, int Schedules, int StepBoundCuts, int LongestSchedule, SearchBudget Budget, ProofScope Scope)
{
    /// <summary>The search that ran: Coyote's <c>dfs</c>, or <c>dpor</c> with the footprint rules it trusted.</summary>
    public string Search { get; init; } = "dfs";

    /// <summary>Schedules a partial-order search ran to their end only to find every enabled step asleep (already covered): counted in <see cref="Schedules"/>.</summary>
    public int SleepBlocked { get; init; }

    /// <summary>Whether every schedule was explored: a safe verdict is then a proof.</summary>
    public bool Exhaustive => End == SearchEnd.Exhausted;

    /// <summary>One line for a person: <c>proved: all 46 schedules</c>, or why it is not a proof.</summary>
    public string Describe() => End switch
    {
        SearchEnd.Exhausted => Search == "dfs" ? $"proved: all {Count(Schedules)} schedules explored" : $"proved ({Search}, {Count(Schedules)} schedules: one per class of equivalent schedules)",
        SearchEnd.BugFound => $"bug at schedule {Count(Schedules)} of the exhaustive search",
        SearchEnd.BudgetReached => $"safe, not proved ({Count(Schedules)} schedules explored{(Search == "dfs" ? "" : " by " + Search)}, budget of {Budget} reached)",
        SearchEnd.Diverged => $"safe, not proved (a replayed schedule diverged after {Count(Schedules)} schedules: the program is not deterministic under its schedule)",
        _ => $"safe, not proved ({Count(StepBoundCuts)} schedules cut by the step bound of {Count(Scope.MaxSteps)})",
    };

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
