using System.Diagnostics;
using Microsoft.Coyote;
using Microsoft.Coyote.Logging;
using Microsoft.Coyote.SystematicTesting;

namespace StressMaps.Harness.Exploration;

/// <summary>Explores a test delegate with Coyote's <see cref="TestingEngine"/> and replays its traces.</summary>
public static class CoyoteExplorer
{
    /// <summary>Explores <paramref name="test"/>, stopping at the first bug.</summary>
    public static ExplorationOutcome Explore(Func<Task> test, ExplorationOptions options) =>
        Run(test, CoyoteConfigurations.ForExploration(options));

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
        using var engine = TestingEngine.Create(configuration, test);

        // TestingEngine.Create logs every iteration to the console whatever the configuration says.
        engine.SetLogger(log ?? new TextWriterLogger(TextWriter.Null, VerbosityLevel.None));
        engine.Run();
        stopwatch.Stop();

        var report = engine.TestReport;
        var explored = report.NumOfExploredFairPaths + report.NumOfExploredUnfairPaths;
        var bug = report.BugReports.FirstOrDefault();
        var bugFound = report.NumOfFoundBugs > 0;
        return new ExplorationOutcome(
            BugFound: bugFound,
            BugMessage: bug is null ? null : BugReportText.FirstLine(bug),
            BugDetail: bug,
            FirstBugIteration: bugFound ? explored : null,
            IterationsExplored: explored,
            Elapsed: stopwatch.Elapsed,
            ReproducibleTrace: string.IsNullOrEmpty(engine.ReproducibleTrace) ? null : engine.ReproducibleTrace);
    }
}
