using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Traces;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Status;
using StressMaps.Tests.Sessions.Watchdog;

namespace StressMaps.Tests.Exploration.Traces;

/// <summary>
/// The trace journal is what a killed cell's bundle is made from: it must hold the running schedule's own Coyote
/// steps, and journaling must not change what is explored. The journal is process-wide, so these run alone.
/// </summary>
[Collection(nameof(StatusBoardTests))]
public class TraceJournalTapTests
{
    private static readonly ExplorationOptions Options = new(Strategy: StrategyName.Random, Iterations: 200);

    [Fact]
    public void JournalHoldsTheBuggyScheduleUpToItsLastDecision()
    {
        var path = Path.Combine(Path.GetTempPath(), $"stressmaps-journal-test-{Guid.NewGuid():N}.journal");
        File.WriteAllBytes(path, []);
        try
        {
            TraceJournal.Attach(path);
            var verdict = CellRunner.Explore(Cell.Judged(ScenarioCatalog.Find("writer-vs-reader")!, TargetCatalog.Find("unsafe")!), Options);

            var journal = TraceJournalReading.Read(path);
            var trace = CoyoteTrace.Parse(verdict.Outcome!.ReproducibleTrace!).Steps.Select(step => step.Text).ToList();
            Assert.True(verdict.Outcome.BugFound);
            Assert.Equal(verdict.Outcome.FirstBugIteration - 1, (int?)journal.Iteration);
            Assert.True(journal.IsWhole);
            // The step taken after the last decision point the test reached may be missing; none other.
            Assert.InRange(journal.Steps.Count, trace.Count - 1, trace.Count);
            Assert.Equal(trace.Take(journal.Steps.Count), journal.Steps);
        }
        finally
        {
            TraceJournal.Detach();
            File.Delete(path);
        }
    }

    [Fact]
    public void JournalingExploresTheSameSchedules()
    {
        var cell = Cell.Judged(ScenarioCatalog.Find("writer-vs-reader")!, TargetCatalog.Find("unsafe")!);
        var plain = CellRunner.Explore(cell, Options).Outcome!;
        var path = Path.Combine(Path.GetTempPath(), $"stressmaps-journal-test-{Guid.NewGuid():N}.journal");
        File.WriteAllBytes(path, []);
        try
        {
            TraceJournal.Attach(path);
            var journaled = CellRunner.Explore(cell, Options).Outcome!;

            Assert.Equal(plain.FirstBugIteration, journaled.FirstBugIteration);
            Assert.Equal(plain.ReproducibleTrace, journaled.ReproducibleTrace);
        }
        finally
        {
            TraceJournal.Detach();
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingOrEmptyJournalCannotRebuildASchedule()
    {
        Assert.False(TraceJournalReading.Read("/nowhere/trace.journal").IsWhole);
        var path = Path.Combine(Path.GetTempPath(), $"stressmaps-journal-test-{Guid.NewGuid():N}.journal");
        File.WriteAllBytes(path, []);
        try
        {
            Assert.False(TraceJournalReading.Read(path).IsWhole);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
