using System.Globalization;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Reports.Exporters;

/// <summary>
/// How every report tells a proved cell from a sampled one: the legend, the line that says how the
/// run explored, and each cell's claim.
/// </summary>
public static class ProofWording
{
    /// <summary>Whether the run searched every schedule (<c>run --exhaustive</c>) rather than sampling.</summary>
    public static bool IsExhaustive(RunDocument run) => run.Options.Strategy == StrategyName.Exhaustive;

    /// <summary>What the matrix's words and marks mean.</summary>
    public static string Legend(RunDocument run) => IsExhaustive(run) && ReducedSearch(run) is not null
        ? "proved: every schedule covered, each explored or equivalent to one explored (the same order of every two steps that touch one object), none failed; safe: none failed, but the search was cut (not a proof); BUG: a schedule failed; ✓ as expected, ✗ not as expected; n/a: the map lacks what the scenario needs."
        : IsExhaustive(run)
        ? "proved: every schedule explored, none failed; safe: none failed, but the search was cut (not a proof); BUG: a schedule failed; ✓ as expected, ✗ not as expected; n/a: the map lacks what the scenario needs."
        : run.Cells.Any(cell => cell.Verdict == VerdictKind.Proved)
        ? "proved: a search with the partial-order reduction covered every schedule (each explored or equivalent to one explored), none failed; safe: no bug in the schedules sampled (not a proof); BUG: a schedule failed; ✓ as expected, ✗ not as expected; n/a: the map lacks what the scenario needs."
        : "BUG/safe: the verdict (safe: no bug in the schedules sampled); ✓ as expected, ✗ not as expected; n/a: the map lacks what the scenario needs.";

    /// <summary>How the run explored, in one line: the sample's size, or the search's budget and how many safe cells it proved.</summary>
    public static string ExplorationLine(RunDocument run)
    {
        if (run.Cells.Where(cell => cell.Coverage is not null).ToList() is { Count: > 0 } budgeted)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"Budgeted: strategy {run.Options.Strategy}, {budgeted.Sum(cell => cell.IterationsExplored)} schedules over {budgeted.Count} cells ({budgeted.Min(cell => cell.IterationsExplored)} to {budgeted.Max(cell => cell.IterationsExplored)} a cell, each cell's count and seed in run.json), {budgeted.Count(cell => cell.Coverage!.Saturated)} cells saturated, run seed {run.Options.Seed}, max {run.Options.MaxSteps} steps.");
        }

        if (!IsExhaustive(run))
        {
            var sampled = string.Create(CultureInfo.InvariantCulture,
                $"strategy {run.Options.Strategy}, up to {run.Options.Iterations} schedules per cell, run seed {run.Options.Seed} (each cell's seed is in run.json), max {run.Options.MaxSteps} steps.");
            return run.Options.ProofFirstSchedules is { } proofSchedules
                ? string.Create(CultureInfo.InvariantCulture,
                    $"Proof first: {run.Cells.Count(cell => cell.Verdict == VerdictKind.Proved)} of {run.Cells.Count(cell => cell.Verdict is VerdictKind.Safe or VerdictKind.Proved)} safe cells proved by the partial-order reduction (dpor, at most {proofSchedules} schedules a cell); every other cell sampled: {sampled}")
                : "Sampled: " + sampled;
        }

        var safe = run.Cells.Count(cell => cell.Verdict is VerdictKind.Safe or VerdictKind.Proved);
        var proved = run.Cells.Count(cell => cell.Verdict == VerdictKind.Proved);
        var budget = run.Cells.Select(cell => cell.Proof?.Budget).FirstOrDefault(text => text is not null) ?? "none";
        var search = ReducedSearch(run) is { } reduced
            ? $"{reduced} (one schedule per class of equivalent schedules) on {run.Cells.Count(cell => cell.Proof?.Search == reduced)} cells"
                + (run.Cells.Any(cell => cell.Proof?.Search == "dfs") ? $", Coyote's depth-first search on {run.Cells.Count(cell => cell.Proof?.Search == "dfs")}" : "")
            : "Coyote's depth-first search over every schedule";
        return string.Create(CultureInfo.InvariantCulture,
            $"Exhaustive: {search}, budget {budget} per cell, max {run.Options.MaxSteps} steps; {proved} of {safe} safe cells proved.");
    }

    // The partial-order reduction's name when any cell of the run was searched with it.
    private static string? ReducedSearch(RunDocument run) =>
        run.Cells.Select(cell => cell.Proof?.Search).FirstOrDefault(search => search is not null && search != "dfs");

    /// <summary>What one explored cell's verdict claims: a proof and its scope, a cut search, or a sample's size.</summary>
    public static string Claim(CellRecord cell) => (cell.Proof is { } proof
        ? proof.Claim
        : string.Create(CultureInfo.InvariantCulture,
            $"sampled: no bug in {cell.IterationsExplored} schedules (strategy {cell.Options.Strategy}, seed {cell.Options.Seed}); not a proof"))
        + (PartialVerdict.Note(cell) is { } partial ? $"; {partial}" : "");
}
