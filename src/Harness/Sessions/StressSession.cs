using System.Diagnostics;
using System.Globalization;
using StressMaps.Harness.Files;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Measuring.Stress;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Sessions;

/// <summary>What <c>stressmaps stress</c> did.</summary>
/// <param name="Kind">UnexpectedBug when a cell that exploration proves safe failed on real threads.</param>
/// <param name="Document">stress.json as written.</param>
/// <param name="File">Where it was written.</param>
public sealed record StressSessionOutcome(OutcomeKind Kind, StressDocument Document, string File)
{
    /// <summary>The process exit code (<see cref="ExitCodes.Of"/>).</summary>
    public int ExitCode => ExitCodes.Of(Kind);
}

/// <summary><c>stressmaps stress</c>: the same cells on real threads with no Coyote control; writes stress.json.</summary>
public static class StressSession
{
    /// <summary>The file it writes.</summary>
    public const string FileName = "stress.json";

    /// <summary>Runs every cell of <paramref name="scenarios"/> × <paramref name="maps"/> on real threads.</summary>
    public static StressSessionOutcome Run(
        IReadOnlyList<Scenario> scenarios,
        IReadOnlyList<Target> maps,
        StressOptions options,
        OutputFolder output,
        TextWriter progress,
        CancellationToken cancellation = default)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var stopwatch = Stopwatch.StartNew();
        using var locks = new LockWaitListener();
        var cells = new List<StressCellRecord>();
        var total = scenarios.Count * maps.Count;
        foreach (var scenario in scenarios)
        {
            foreach (var map in maps)
            {
                cancellation.ThrowIfCancellationRequested();
                var expectation = ExpectationTable.For(scenario, map).Expectation;
                var outcome = expectation == Expectation.NotApplicable ? null : StressRunner.RunCell(scenario, map, options, locks, cancellation);
                cells.Add(StressCellRecord.From(scenario.Name, map.Name, RunDocumentBuilder.ExpectationName(expectation), outcome));
                progress.WriteLine(Progress(cells.Count, total, cells[^1]));
            }
        }

        var document = new StressDocument
        {
            StartedAt = startedAt,
            ElapsedSeconds = stopwatch.Elapsed.TotalSeconds,
            Machine = MachineRecord.Current,
            Runs = options.Runs,
            TimeBudgetSeconds = options.TimeBudget?.TotalSeconds,
            RunTimeoutSeconds = options.EffectiveRunTimeout.TotalSeconds,
            Cells = cells,
        };
        var file = output.File(FileName);
        DocumentJson.Write(file, document);

        // Stress testing missing a bug is the expected weakness it is measured for; a failure where
        // exploration proves there is none is not.
        var safeExpected = RunDocumentBuilder.ExpectationName(Expectation.SafeExpected);
        var unexpected = cells.Any(cell => cell.Expectation == safeExpected && cell.FailedRuns > 0);
        return new StressSessionOutcome(unexpected ? OutcomeKind.UnexpectedBug : OutcomeKind.AsExpected, document, file);
    }

    private static string Progress(int done, int total, StressCellRecord cell)
    {
        var what = cell.Runs == 0 ? VerdictKind.Skipped.Word()
            : cell.FailedRuns == 0 ? $"no failure in {cell.Runs} runs"
            : $"{cell.FailedRuns} of {cell.Runs} runs failed, first at run {cell.FirstFailingRun} ({cell.FirstFailure})";
        var seconds = cell.ElapsedSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        return $"[{done}/{total}] {new CellId(cell.Scenario, cell.Map).Display}: {what} in {seconds} s";
    }
}
