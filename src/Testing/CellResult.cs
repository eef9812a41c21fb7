using StressMaps.Harness.Bundles;
using StressMaps.Harness.Matrix;
using StressMaps.Harness.Reporting;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;

namespace StressMaps.Testing;

/// <summary>What one scenario showed on the type.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Steps">The scenario's calls: setup, then each task.</param>
/// <param name="Verdict"><c>bug</c>, <c>safe</c> or <c>skipped</c>.</param>
/// <param name="Expected">Whether that verdict is what the contract expects (the read-then-write <c>lost-update</c> is expected to fail on every type).</param>
/// <param name="IterationsExplored">Schedules explored.</param>
/// <param name="BugMessage">The bug's first line, or null.</param>
/// <param name="BundlePath">The bug bundle written, full path, or null.</param>
/// <param name="Interleaving">The bug's interleaving table (a column per task), or null.</param>
public sealed record CellResult(
    string Scenario, string Steps, string Verdict, bool Expected, int IterationsExplored, string? BugMessage, string? BundlePath, string? Interleaving)
{
    /// <summary>Whether this scenario found a bug where the contract expects none.</summary>
    public bool IsUnexpectedBug => Verdict == "bug" && !Expected;

    internal static CellResult Of(CellVerdict verdict, Scenario scenario, MapTarget target, string outputFolder)
    {
        var outcome = verdict.Outcome;
        var written = BundleWriter.WriteFor(verdict, scenario, target, outputFolder, shrink: false, judged: true);
        var interleaving = written is { Bundle: var bundle } && bundle.Schedule.Count > 0
            ? InterleavingTable.Text(bundle) + InterleavingTable.Legend
            : null;
        return new CellResult(
            verdict.Scenario,
            verdict.ScenarioSteps ?? "",
            verdict.Verdict,
            verdict.Matches,
            outcome?.IterationsExplored ?? 0,
            outcome?.BugMessage,
            written is { RelativePath: var relative } ? Path.Combine(outputFolder, relative) : null,
            interleaving);
    }
}
