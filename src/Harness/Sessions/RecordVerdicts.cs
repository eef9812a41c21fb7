using StressMaps.Harness.Exploration;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Sessions;

/// <summary>The verdict of a built-in cell a worker process explored, rebuilt from its stored record so that its bug can be bundled here.</summary>
internal static class RecordVerdicts
{
    // A worker's record carries all that a bundle needs: the cell's (or slice's) seed, the bug, Coyote's report and trace.
    public static CellVerdict Of(CellRecord record, RunRequest request) => new(
        record.Scenario,
        record.Map,
        ExpectationTable.For(request.Scenarios.First(s => s.Name == record.Scenario), request.Targets.First(m => m.Name == record.Map)).Expectation,
        record.Reason,
        new ExplorationOptions(record.Options.Strategy, record.Options.Iterations, record.Options.Seed, record.Options.MaxSteps),
        new ExplorationOutcome(
            BugFound: true,
            record.BugMessage,
            record.BugDetail,
            record.FirstBugIteration,
            record.IterationsExplored,
            TimeSpan.FromSeconds(record.ElapsedSeconds),
            record.Trace) { Bug = record.TypedBug });
}
