using StressMaps.Harness.Bundles;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Testing;

/// <summary>What one scenario showed on the type.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Steps">The scenario's calls: setup, then each task.</param>
/// <param name="Verdict">Bug, safe or skipped.</param>
/// <param name="Expected">Whether that verdict is what the contract expects (the read-then-write <c>lost-update</c> is expected to fail on every type).</param>
/// <param name="IterationsExplored">Schedules explored.</param>
/// <param name="BugMessage">The bug's first line, or null.</param>
/// <param name="BundlePath">The bug bundle written, full path, or null.</param>
/// <param name="Interleaving">The bug's interleaving table (a column per task), or null.</param>
public sealed record CellResult(
    string Scenario, string Steps, VerdictKind Verdict, bool Expected, int IterationsExplored, string? BugMessage, string? BundlePath, string? Interleaving)
{
    /// <summary>Whether this scenario found a bug where the contract expects none.</summary>
    public bool IsUnexpectedBug => Verdict == VerdictKind.Bug && !Expected;

    internal static CellResult Of(CellRecord cell, BugBundle? bundle, string folder) => new(
        cell.Scenario,
        cell.Steps ?? "",
        cell.Verdict,
        cell.Matches,
        cell.IterationsExplored,
        cell.BugMessage,
        cell.Bundle is { } link ? Path.GetFullPath(Path.Combine(folder, link)) : null,
        bundle is { Schedule.Count: > 0 } ? InterleavingTable.Text(bundle) + InterleavingTable.Legend : null);
}
