using StressMaps.Reduction;
using Microsoft.Coyote;
using Microsoft.Coyote.Logging;
using StressMaps.Frames;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Exhaustive;
using StressMaps.Harness.Exploration.Execution;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Oracles;

/// <summary>
/// The one cell runner, as Lincheck's <c>LinChecker</c> is: "run this scenario on this target under this
/// exploration and judge it this way" is one call here, whoever asks (a run, a worker, a slice, replay,
/// shrinking, the Testing package, the Coyote test methods). The test one iteration runs is chosen in one
/// place, <see cref="TestOf(Cell, JournalSink?)"/>, keyed by the cell's <see cref="Judgement"/>.
/// </summary>
public static class CellRunner
{
    /// <summary>
    /// Explores every cell of <paramref name="scenarios"/> × <paramref name="targets"/> in matrix order, each made by
    /// <paramref name="cellOf"/> (<see cref="Cell.Matrix"/> or <see cref="Cell.Judged"/>) and explored with the options
    /// <paramref name="optionsFor"/> gives its target; <paramref name="onCell"/> hears each verdict as it lands.
    /// </summary>
    public static IReadOnlyList<CellVerdict> ExploreAll(
        IReadOnlyList<Scenario> scenarios,
        IReadOnlyList<Target> targets,
        Func<Scenario, Target, Cell> cellOf,
        Func<Target, ExplorationOptions> optionsFor,
        Action<CellVerdict>? onCell = null,
        CancellationToken cancellation = default)
    {
        var verdicts = new List<CellVerdict>();
        foreach (var scenario in scenarios)
        {
            foreach (var target in targets)
            {
                cancellation.ThrowIfCancellationRequested();
                var verdict = Explore(cellOf(scenario, target), optionsFor(target));
                verdicts.Add(verdict);
                onCell?.Invoke(verdict);
            }
        }

        return verdicts;
    }

    /// <summary>
    /// Explores <paramref name="cell"/> with its own seed (derived from <paramref name="options"/>' seed and its name)
    /// and compares what it found with what its judgement expects. A target calling primitives no one controls is
    /// not explored (<c>unsupported</c>).
    /// </summary>
    public static CellVerdict Explore(Cell cell, ExplorationOptions options)
    {
        var (expectation, reason) = Expect(cell);
        if (cell.Target.Uncontrolled.Count > 0)
        {
            return Described(cell, new CellVerdict(cell.Scenario.Name, cell.Target.Name, expectation, reason, options, null)
            {
                Unsupported = $"{cell.Target.Name} calls {string.Join(", ", cell.Target.Uncontrolled)}, which neither Coyote nor StressMaps controls",
            });
        }

        var cellOptions = options.WithSeed(CellSeeds.For(options.Seed, cell.Id));
        var outcome = expectation == Expectation.NotApplicable ? null
            : cell.Judgement == Judgement.ConcurrentTest ? ConcurrentTestExplorer.Explore(cell.Target.Test!, cellOptions)
            : cell.Judgement == Judgement.ClassLinearizability ? ClassCellExplorer.Explore(cell, cell.Target.Class!, cellOptions)
            : ProofFirst.Explore(TestOf(cell), cellOptions, FootprintsOf(cell));
        return Described(cell, new CellVerdict(cell.Scenario.Name, cell.Target.Name, expectation, reason, cellOptions, outcome));
    }

    /// <summary>
    /// Where the partial-order reduction learns what each step of <paramref name="cell"/> touches: a built-in matrix cell's steps are
    /// noted as they run (our pass over the maps, the caller's notes on what the map handed out); any other cell's are unknown,
    /// a user's map included (its code may call what the pass cannot see into, or take steps without end while notes pile up).
    /// </summary>
    public static FootprintRules FootprintsOf(Cell cell) =>
        cell.Judgement == Judgement.Matrix && TargetCatalog.BuiltIn.Contains(cell.Target) ? FootprintRules.Observed : FootprintRules.Unknown;

    /// <summary>What <paramref name="cell"/> should show, and why: the matrix's table, or the claim the target's contract makes.</summary>
    public static (Expectation Expectation, string Reason) Expect(Cell cell) => cell.Judgement == Judgement.Matrix
        ? ExpectationTable.For(cell.Scenario, cell.Target)
        : OracleExpectations.For(cell.Scenario, cell.Target);

    /// <summary>Runs <paramref name="cell"/> under a configuration built elsewhere (shrinking's bounded explorations), its log discarded.</summary>
    public static ExplorationOutcome Run(Cell cell, Configuration configuration) =>
        CoyoteExplorer.Run(TestOf(cell), configuration, new MemoryLogger(VerbosityLevel.None));

    /// <summary>
    /// Replays <paramref name="trace"/> of <paramref name="cell"/> once through the very test its exploration ran, recording
    /// the interleaving. <paramref name="options"/> restores what Coyote does not keep in a trace (the step bound, whether
    /// field accesses are scheduling points); with <paramref name="verbose"/> Coyote's log is kept, the only place it says why
    /// a trace diverged; with <paramref name="captureFrames"/> each task's place in the user's code is captured.
    /// </summary>
    public static ReplayRun Replay(Cell cell, string trace, ExplorationOptions options, bool verbose = false, bool captureFrames = false)
    {
        if (cell.Judgement == Judgement.ConcurrentTest)
        {
            // A concurrent test always captures: its tasks are numbered and its deadlocks typed from where each waits.
            var testLog = new MemoryLogger(verbose ? VerbosityLevel.Info : VerbosityLevel.None);
            var replayed = ConcurrentTestExplorer.Replay(cell.Target.Test!, trace, options, testLog);
            return new ReplayRun(replayed.Outcome, [], null, verbose ? testLog.ToString() : null, replayed.Frames);
        }

        var journals = new JournalSink();
        var test = TestOf(cell, journals);
        var configuration = CoyoteConfigurations.ForReplay(options, trace);
        // Coyote prints to the console unless given a logger; the log is only kept when asked for.
        var log = new MemoryLogger(verbose ? VerbosityLevel.Info : VerbosityLevel.None);
        if (verbose)
        {
            configuration = configuration.WithVerbosityEnabled(VerbosityLevel.Info);
        }

        // Capturing adds no scheduling point, so the replayed schedule is the bug's.
        var frames = captureFrames ? new FrameCapture() : null;
        var outcome = frames is null
            ? CoyoteExplorer.Run(test, configuration, log)
            : TaskStacks.Capturing(frames, test, captured => CoyoteExplorer.Run(captured, configuration, log));

        var journal = journals.Last;
        return new ReplayRun(outcome, journal?.Entries ?? [], journal?.FailureStack, verbose ? log.ToString() : null, frames);
    }

    /// <summary>The test Coyote runs for one iteration of <paramref name="cell"/>, exploring without a journal where its judgement allows.</summary>
    public static Func<Task> TestOf(Cell cell) => TestOf(cell, journals: null);

    /// <summary>
    /// The test Coyote runs for one iteration of <paramref name="cell"/>: a fresh instance, the scenario once, judged as
    /// the cell says. Each iteration's journal (and a class's calls in flight) goes to <paramref name="journals"/>; cells
    /// judged by the oracles journal even when no one reads it, so a journaled replay meets exactly the scheduling points
    /// its exploration met (see <see cref="JournalSink"/>).
    /// </summary>
    public static Func<Task> TestOf(Cell cell, JournalSink? journals)
    {
        var (scenario, target) = (cell.Scenario, cell.Target);
        if (cell.Judgement == Judgement.ConcurrentTest)
        {
            var test = target.Test!;
            return () => ConcurrentTestRunner.RunAsync(test);
        }

        if (cell.Judgement == Judgement.Matrix)
        {
            return journals is null
                ? () => ScenarioRunner.RunAsync(scenario, target.Create())
                : () => ScenarioRunner.RunAsync(scenario, target.Create(), journals.Fresh());
        }

        var sink = journals ?? new JournalSink();
        return cell.Judgement == Judgement.ClassLinearizability
            ? () => ClassScenarioRunner.RunAsync(scenario, target.Class!, sink.FreshInFlight(scenario.Tasks.Count), sink.Fresh())
            : () => OracleScenarioRunner.RunAsync(scenario, target, sink.Fresh());
    }

    // Cells the oracles judge carry what the reports need to say about a target known only by them.
    private static CellVerdict Described(Cell cell, CellVerdict verdict) => cell.Judgement == Judgement.Matrix && verdict.Unsupported is null
        ? verdict
        : verdict with
        {
            Contract = ContractNames.Of(cell.Target.Contract),
            TargetSummary = cell.Target.Summary,
            ScenarioSteps = ScenarioSteps.Of(cell.Scenario),
        };
}
