using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Files;
using StressMaps.Harness.Exploration;

namespace StressMaps.Harness.Reports.RunFiles;

/// <summary>Builds the stored <see cref="RunDocument"/> from a run's verdicts.</summary>
public static class RunDocumentBuilder
{
    /// <summary>The document of a run that started at <paramref name="startedAt"/> with <paramref name="options"/>.</summary>
    public static RunDocument Build(
        ExplorationOptions options,
        IReadOnlyList<CellVerdict> verdicts,
        DateTimeOffset startedAt,
        TimeSpan elapsed,
        bool partial = false) => new()
        {
            StartedAt = startedAt,
            ElapsedSeconds = elapsed.TotalSeconds,
            Machine = MachineRecord.Current,
            Options = ToRecord(options),
            Partial = partial,
            Cells = verdicts.Select(ToRecord).ToList(),
        };

    /// <summary>The stored form of a cell's verdict.</summary>
    public static CellRecord ToRecord(CellVerdict verdict) => new()
    {
        Scenario = verdict.Scenario,
        Map = verdict.Map,
        Expectation = ExpectationName(verdict.Expectation),
        Reason = verdict.Unsupported ?? verdict.Reason,
        Verdict = verdict.Verdict,
        Matches = verdict.Matches,
        Options = ToRecord(verdict.Options),
        IterationsExplored = verdict.Outcome?.IterationsExplored ?? 0,
        Exhaustive = verdict.Outcome?.Coverage?.Exhaustive ?? false,
        Schedules = verdict.Outcome?.Coverage?.Schedules ?? verdict.Outcome?.IterationsExplored ?? 0,
        Proof = verdict.Outcome?.Coverage is { } coverage ? ProofRecord.Of(coverage, verdict.Scenario) : null,
        FirstBugIteration = verdict.Outcome?.FirstBugIteration,
        ElapsedSeconds = verdict.Outcome?.Elapsed.TotalSeconds ?? 0,
        IterationsPerSecond = verdict.Outcome?.IterationsPerSecond ?? 0,
        BugMessage = verdict.Outcome?.BugMessage,
        Bug = verdict.Outcome?.Bug,
        BugDetail = verdict.Outcome?.BugDetail,
        Trace = verdict.Outcome?.ReproducibleTrace,
        Contract = verdict.Contract,
        Target = verdict.TargetSummary,
        Steps = verdict.ScenarioSteps,
        Coverage = verdict.Outcome?.Interleavings,
    };

    /// <summary>
    /// A stored cell read back as the verdict it came from, as far as a bundle needs it (seed, step bound, bug,
    /// trace), judged against <paramref name="expectation"/>: how a cell explored elsewhere is bundled here.
    /// </summary>
    public static CellVerdict ToVerdict(CellRecord record, Expectation expectation) => new(
        record.Scenario,
        record.Map,
        expectation,
        record.Reason,
        new ExplorationOptions(record.Options.Strategy, record.Options.Iterations, record.Options.Seed, record.Options.MaxSteps,
            InterleaveMemoryAccesses: record.Options.InterleaveMemoryAccesses == true, ProofSchedules: record.Options.ProofFirstSchedules ?? 0),
        new ExplorationOutcome(
            BugFound: record.Verdict == VerdictKind.Bug,
            record.BugMessage,
            record.BugDetail,
            record.FirstBugIteration,
            record.IterationsExplored,
            TimeSpan.FromSeconds(record.ElapsedSeconds),
            record.Trace));

    /// <summary>The kebab-case name of an expectation, as stored and printed.</summary>
    public static string ExpectationName(Expectation expectation) => expectation switch
    {
        Expectation.BugExpected => "bug-expected",
        Expectation.SafeExpected => "safe-expected",
        _ => "not-applicable",
    };

    private static OptionsRecord ToRecord(ExplorationOptions options) =>
        new(options.Strategy, options.Iterations, options.Seed, options.MaxSteps, options.TimeBudget?.TotalSeconds)
        {
            InterleaveMemoryAccesses = options.InterleaveMemoryAccesses ? true : null,
            ProofFirstSchedules = options.ProofSchedules > 0 && options.Strategy != StrategyName.Exhaustive ? options.ProofSchedules : null,
        };
}
