using StressMaps.Harness.Exploration;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Verdicts;

/// <summary>One cell of the matrix: a scenario on a map, what was expected, and what exploration found.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Map">The map's name.</param>
/// <param name="Expectation">What the cell should show.</param>
/// <param name="Reason">Why that is expected.</param>
/// <param name="Options">How the cell was explored, its own seed included.</param>
/// <param name="Outcome">What exploration found; null for a skipped cell.</param>
public sealed record CellVerdict(
    string Scenario,
    string Map,
    Expectation Expectation,
    string Reason,
    ExplorationOptions Options,
    ExplorationOutcome? Outcome)
{
    /// <summary>The contract the target was judged by, for cells the oracles judge; null for the built-in matrix.</summary>
    public string? Contract { get; init; }

    /// <summary>What the target is (type and assembly), for cells the oracles judge; null for the built-in matrix.</summary>
    public string? TargetSummary { get; init; }

    /// <summary>The scenario's steps, for cells the oracles judge (a generated scenario is known only by them).</summary>
    public string? ScenarioSteps { get; init; }

    /// <summary>What the target calls that no one controls, when the cell was not explored for it; else null.</summary>
    public string? Unsupported { get; init; }

    /// <summary>The cell: its scenario on its map.</summary>
    public CellId Id => new(Scenario, Map);

    /// <summary>Whether exploration agreed with the expectation (a skipped cell always does).</summary>
    public bool Matches => Unsupported is not null || Expectation switch
    {
        Expectation.BugExpected => Outcome?.BugFound == true,
        Expectation.SafeExpected => Outcome?.BugFound == false,
        _ => true,
    };

    /// <summary>What exploration concluded: a covered exhaustive search without a bug is a proof.</summary>
    public VerdictKind Verdict => Outcome switch
    {
        _ when Unsupported is not null => VerdictKind.Unsupported,
        null => VerdictKind.Skipped,
        { BugFound: true } => VerdictKind.Bug,
        { Coverage.Exhaustive: true } => VerdictKind.Proved,
        _ => VerdictKind.Safe,
    };
}
