using StressMaps.Harness.Exploration.Exhaustive;

namespace StressMaps.Harness.Reports.RunFiles;

/// <summary>What an exhaustive search of one cell covered, as stored: what its verdict may claim.</summary>
/// <param name="End">Why the search stopped: exhausted, bug-found, budget-reached or step-bound-reached.</param>
/// <param name="StepBoundCuts">Schedules cut by the step bound (never counted as covered).</param>
/// <param name="LongestSchedule">Scheduling steps of the longest schedule.</param>
/// <param name="Budget">The budget, as a person reads it.</param>
/// <param name="Scope">Which scheduling points were on.</param>
/// <param name="Claim">The verdict's claim in one sentence.</param>
public sealed record ProofRecord(string End, int StepBoundCuts, int LongestSchedule, string Budget, ScopeRecord Scope, string Claim)
{
    /// <summary>The search that ran: <c>dfs</c> (Coyote's depth-first search, every interleaving) or the partial-order reduction, by name.</summary>
    public string Search { get; init; } = "dfs";

    /// <summary>The stored form of <paramref name="coverage"/>, for a cell of <paramref name="scenario"/>.</summary>
    public static ProofRecord Of(ExhaustiveCoverage coverage, string scenario) => new(
        EndName(coverage.End),
        coverage.StepBoundCuts,
        coverage.LongestSchedule,
        coverage.Budget.ToString(),
        new ScopeRecord(scenario, StrategyName: Exploration.StrategyName.Exhaustive, coverage.Scope.CollectionAccesses, coverage.Scope.MemoryAccesses, coverage.Scope.AccessorPoints, coverage.Scope.MaxSteps),
        $"{coverage.Describe()}; {coverage.Scope.Describe()}; scenario {scenario}")
    {
        Search = coverage.Search,
    };

    /// <summary>The kebab-case name of <paramref name="end"/>, as stored.</summary>
    public static string EndName(SearchEnd end) => end switch
    {
        SearchEnd.Exhausted => "exhausted",
        SearchEnd.BugFound => "bug-found",
        SearchEnd.BudgetReached => "budget-reached",
        SearchEnd.Diverged => "diverged",
        _ => "step-bound-reached",
    };
}

/// <summary>Which scheduling points an exhaustive search had on, as stored.</summary>
/// <param name="Scenario">The scenario explored.</param>
/// <param name="StrategyName">The search: Coyote's <c>dfs</c>.</param>
/// <param name="CollectionAccesses">Every <c>Dictionary&lt;,&gt;</c> call in rewritten code was a point.</param>
/// <param name="MemoryAccesses">Every field read and write in rewritten code was a point.</param>
/// <param name="AccessorPoints">Points inside property getters and setters.</param>
/// <param name="MaxSteps">The step bound.</param>
public sealed record ScopeRecord(string Scenario, string StrategyName, bool CollectionAccesses, bool MemoryAccesses, bool AccessorPoints, uint MaxSteps);
