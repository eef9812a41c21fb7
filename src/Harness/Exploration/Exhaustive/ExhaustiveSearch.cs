using StressMaps.Frames;
using System.Diagnostics;
using Microsoft.Coyote.Logging;
using Microsoft.Coyote.SystematicTesting;
using StressMaps.Harness.Targets.Loading;

namespace StressMaps.Harness.Exploration.Exhaustive;

/// <summary>
/// Explores every schedule of a test with Coyote's depth-first search, within a
/// <see cref="SearchBudget"/>, and says whether the space was covered.
/// </summary>
public static class ExhaustiveSearch
{
    /// <summary>
    /// Explores <paramref name="test"/> depth first, stopping at the first bug, when the space runs
    /// dry, or when the budget in <paramref name="options"/> (<see cref="ExplorationOptions.Iterations"/>,
    /// <see cref="ExplorationOptions.TimeBudget"/>) or <paramref name="cancellation"/> stops it.
    /// </summary>
    public static ExplorationOutcome Explore(Func<Task> test, ExplorationOptions options, CancellationToken cancellation = default)
    {
        RewritingGuard.EnsureRewritten(RewritingGuard.BuiltInAssemblies);
        var finished = 0;
        var stopwatch = Stopwatch.StartNew();
        var notes = new IterationNote();
        var noted = notes.Around(test);
        using var engine = TestingEngine.Create(CoyoteConfigurations.ForExhaustive(options), async () =>
        {
            await noted();
            finished++;
        });
        engine.SetLogger(new TextWriterLogger(TextWriter.Null, VerbosityLevel.None));
        using var journal = Traces.TraceJournalTap.Attach(engine);

        // WithTestingTimeout would make the engine ignore its iteration count and loop until the
        // timeout, so time is checked here, between iterations: the engine has then gathered every
        // finished iteration's statistics, and its DFS has just said an untried schedule is left.
        engine.RegisterStartIterationCallBack(_ =>
        {
            if (stopwatch.Elapsed >= options.TimeBudget || cancellation.IsCancellationRequested)
            {
                throw new SearchStoppedException();
            }
        });
        var stoppedFromOutside = false;
        try
        {
            engine.Run();
        }
        catch (SearchStoppedException)
        {
            stoppedFromOutside = true;
        }

        stopwatch.Stop();
        return Outcome(engine, options, finished, stoppedFromOutside, stopwatch.Elapsed, notes);
    }

    private static ExplorationOutcome Outcome(TestingEngine engine, ExplorationOptions options, int finished, bool stoppedFromOutside, TimeSpan elapsed, IterationNote notes)
    {
        var report = engine.TestReport;
        var iterations = report.NumOfExploredUnfairPaths + report.NumOfExploredFairPaths;
        var stepBoundHits = report.MaxUnfairStepsHitInUnfairTests + report.MaxFairStepsHitInFairTests + report.MaxUnfairStepsHitInFairTests;
        var bugFound = report.NumOfFoundBugs > 0;
        var end = ProofCriterion.Decide(iterations, options.Iterations, stepBoundHits, bugFound, stoppedFromOutside);

        // DFS's last iteration can end at once, finding no untried choice: it is no schedule.
        var schedules = finished + (bugFound ? 1 : 0);
        var budget = new SearchBudget(options.Iterations == uint.MaxValue ? null : options.Iterations, options.TimeBudget);
        return CoyoteExplorer.OutcomeOf(engine, schedules, elapsed, notes) with
        {
            Coverage = new ExhaustiveCoverage(end, schedules, stepBoundHits, report.MaxExploredUnfairSteps, budget, ProofScope.Of(options)),
        };
    }

    private sealed class SearchStoppedException() : Exception("The exhaustive search's budget ran out.");
}
