using StressMaps.Frames;
using System.Diagnostics;
using Microsoft.Coyote.Logging;
using Microsoft.Coyote.SystematicTesting;
using StressMaps.Harness.Exploration.Exhaustive;
using StressMaps.Harness.Targets.Loading;

using StressMaps.Reduction;

namespace StressMaps.Harness.Exploration.Reduction;

/// <summary>
/// Explores one schedule per equivalence class of a test with <see cref="DporScheduler"/> taking
/// Coyote's decisions, within the budget of its options, and says whether the space was covered.
/// </summary>
public static class DporSearch
{
    /// <summary>
    /// Explores <paramref name="test"/>, trusting <paramref name="rules"/> for each step's footprint,
    /// stopping at the first bug, when no untried operation is left, or when the budget in
    /// <paramref name="options"/> or <paramref name="cancellation"/> stops it.
    /// </summary>
    public static ExplorationOutcome Explore(Func<Task> test, ExplorationOptions options, FootprintRules rules, CancellationToken cancellation = default)
    {
        RewritingGuard.EnsureRewritten(RewritingGuard.BuiltInAssemblies);
        var recorder = new StepRecorder();
        var scheduler = new DporScheduler(rules, rules == FootprintRules.Observed ? new RecordedSteps(recorder) : null);
        var finished = 0;
        var exhausted = false;
        var stopwatch = Stopwatch.StartNew();
        var notes = new IterationNote();
        using var stepNotes = StepNotes.Recording(recorder, test);
        var noted = notes.Around(rules == FootprintRules.Observed ? stepNotes.Test : test);
        using var engine = TestingEngine.Create(CoyoteConfigurations.ForPartialOrderReduction(options), async () =>
        {
            await noted();
            finished++;
        });
        engine.SetLogger(new TextWriterLogger(TextWriter.Null, VerbosityLevel.None));
        SchedulerDoor.Install(engine, scheduler);
        using var journal = Traces.TraceJournalTap.Attach(engine);
        engine.RegisterStartIterationCallBack(iteration =>
        {
            if (iteration > 0 && !scheduler.NextSchedule())
            {
                exhausted = true;
                throw new SearchStoppedException();
            }

            // Before the schedule's first decision: objects are named afresh in each schedule.
            recorder.BeginSchedule();

            if (scheduler.Divergence is not null || stopwatch.Elapsed >= options.TimeBudget || cancellation.IsCancellationRequested)
            {
                throw new SearchStoppedException();
            }
        });
        try
        {
            engine.Run();
        }
        catch (SearchStoppedException)
        {
        }

        stopwatch.Stop();
        var report = engine.TestReport;
        var bugFound = report.NumOfFoundBugs > 0;
        var stepBoundHits = report.MaxUnfairStepsHitInUnfairTests + report.MaxFairStepsHitInFairTests + report.MaxUnfairStepsHitInFairTests;

        // A count budget that ends exactly with the space: the engine stopped before asking for more.
        exhausted = exhausted || (!bugFound && scheduler.Divergence is null && report.NumOfExploredUnfairPaths + report.NumOfExploredFairPaths >= options.Iterations && !scheduler.NextSchedule());
        var end = bugFound ? SearchEnd.BugFound
            : scheduler.Divergence is not null ? SearchEnd.Diverged
            : !exhausted ? SearchEnd.BudgetReached
            : stepBoundHits > 0 ? SearchEnd.StepBoundReached
            : SearchEnd.Exhausted;
        var schedules = finished + (bugFound ? 1 : 0);
        var budget = new SearchBudget(options.Iterations == uint.MaxValue ? null : options.Iterations, options.TimeBudget);
        return CoyoteExplorer.OutcomeOf(engine, schedules, stopwatch.Elapsed, notes) with
        {
            Coverage = new ExhaustiveCoverage(end, schedules, stepBoundHits, Math.Max(report.MaxExploredUnfairSteps, scheduler.LongestSchedule), budget, ProofScope.Of(options))
            {
                Search = rules switch
                {
                    FootprintRules.Declared => "dpor, declared footprints",
                    FootprintRules.Observed => ObservedSearch,
                    _ => "dpor, unknown footprints",
                },
                SleepBlocked = scheduler.SleepBlocked,
            },
        };
    }

    /// <summary>How reports name the search on cells whose steps report what they touch.</summary>
    public const string ObservedSearch = "DPOR with source sets and sleep sets";

    private sealed class SearchStoppedException() : Exception("The partial-order search stopped.");
}
