using System.Diagnostics;
using Microsoft.Coyote;
using Microsoft.Coyote.Logging;
using Microsoft.Coyote.SystematicTesting;
using StressMaps.Frames;
using StressMaps.Harness.Exploration.Bugs;
using StressMaps.Harness.Exploration.Exhaustive;
using StressMaps.Harness.Exploration.Reduction;
using StressMaps.Harness.Targets.Loading;
using StressMaps.Reduction;

namespace StressMaps.Harness.Exploration;

/// <summary>Explores a test delegate with Coyote's <see cref="TestingEngine"/> and replays its traces.</summary>
public static class CoyoteExplorer
{
    /// <summary>
    /// Explores <paramref name="test"/>, stopping at the first bug; the <see cref="StrategyName.Exhaustive"/>
    /// strategy explores every schedule and says in <see cref="ExplorationOutcome.Coverage"/> whether it did.
    /// </summary>
    public static ExplorationOutcome Explore(Func<Task> test, ExplorationOptions options) => Explore(test, options, FootprintRules.Unknown);

    /// <summary>
    /// As <see cref="Explore(Func{Task}, ExplorationOptions)"/>; an exhaustive search with <see cref="ReductionName.Dpor"/> of a test whose
    /// steps report their footprints as <paramref name="footprints"/> says merges equivalent schedules. A test whose footprints are
    /// unknown gains nothing from the reduction (every step depends on every other) and runs Coyote's DFS.
    /// </summary>
    public static ExplorationOutcome Explore(Func<Task> test, ExplorationOptions options, FootprintRules footprints) =>
        options.Strategy != StrategyName.Exhaustive ? Run(test, CoyoteConfigurations.ForExploration(options))
        : options.Reduction == ReductionName.Dpor && footprints != FootprintRules.Unknown ? DporSearch.Explore(test, options, footprints)
        : ExhaustiveSearch.Explore(test, options);

    /// <summary>Replays <paramref name="trace"/> once; the outcome says whether the bug came back.</summary>
    public static ExplorationOutcome Replay(Func<Task> test, ExplorationOptions options, string trace) =>
        Run(test, CoyoteConfigurations.ForReplay(options, trace));

    /// <summary>
    /// Runs <paramref name="test"/> under a configuration built elsewhere (a bounded strategy, a
    /// replay with its verbose log going to <paramref name="log"/>).
    /// </summary>
    public static ExplorationOutcome Run(Func<Task> test, Configuration configuration, ILogger? log = null)
    {
        RewritingGuard.EnsureRewritten(RewritingGuard.BuiltInAssemblies);
        var stopwatch = Stopwatch.StartNew();
        var notes = new IterationNote();
        using var engine = TestingEngine.Create(configuration, notes.Around(test));

        // TestingEngine.Create logs every iteration to the console whatever the configuration says.
        engine.SetLogger(log ?? new TextWriterLogger(TextWriter.Null, VerbosityLevel.None));
        using var journal = Traces.TraceJournalTap.Attach(engine);
        engine.Run();
        stopwatch.Stop();

        var report = engine.TestReport;
        return OutcomeOf(engine, report.NumOfExploredFairPaths + report.NumOfExploredUnfairPaths, stopwatch.Elapsed, notes);
    }

    /// <summary>
    /// The outcome of <paramref name="engine"/>'s run, which explored <paramref name="explored"/> schedules: the bug
    /// as the oracle noted it in <paramref name="notes"/>, or as Coyote's own check reported it.
    /// </summary>
    internal static ExplorationOutcome OutcomeOf(TestingEngine engine, int explored, TimeSpan elapsed, IterationNote notes)
    {
        var bug = engine.TestReport.BugReports.FirstOrDefault();
        var bugFound = engine.TestReport.NumOfFoundBugs > 0;
        var firstLine = bug is null ? null : BugReportText.FirstLine(bug);
        return new ExplorationOutcome(
            BugFound: bugFound,
            BugMessage: firstLine,
            BugDetail: bug,
            FirstBugIteration: bugFound ? explored : null,
            IterationsExplored: explored,
            Elapsed: elapsed,
            ReproducibleTrace: string.IsNullOrEmpty(engine.ReproducibleTrace) ? null : engine.ReproducibleTrace)
        {
            Bug = bugFound ? WithUserFrame(notes.Last as Bug ?? UntypedBugs.FromCoyote(firstLine ?? ""), bug) : null,
        };
    }

    // A crash carries where the user's code threw, which only Coyote's report text says.
    private static Bug WithUserFrame(Bug bug, string? report) =>
        bug is { Kind: BugKind.Crash, UserFrame: null } ? bug with { UserFrame = UntypedBugs.UserFrameIn(report) } : bug;
}
