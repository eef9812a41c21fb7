using StressMaps.Harness.Bundles;
using StressMaps.Harness.Bundles.Shrinking;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Sessions.Watchdog;

namespace StressMaps.Harness.Sessions;

/// <summary>
/// One bundle per root cause of a watched run (<see cref="RootCauseRecord"/>), shrunk from its smallest cell
/// once every cell is settled; the other cells of the cause keep their trace in run.json.
/// </summary>
public static class RootCauseBundles
{
    /// <summary>Bundles each root cause among <paramref name="found"/> none of whose cells is in <paramref name="bundled"/>.</summary>
    public static void Write(RunRequest request, IReadOnlyList<CellRecord> found, IReadOnlyCollection<string> bundled, Action<UserRunEvent> emit, CancellationToken cancellation)
    {
        // A budgeted run shares one shrinking allowance among its root causes, so many causes cannot add minutes.
        var shrinkUntil = DateTimeOffset.UtcNow + Budget.RunBudget.ShrinkTime;
        foreach (var cause in RootCauseRecord.Of(found).Where(cause => !cause.Cells.Any(bundled.Contains)))
        {
            cancellation.ThrowIfCancellationRequested();
            var record = found.First(cell => cell.Id.ToString() == cause.Smallest);
            var cell = WatchedBundling.CellOf(request, record.Scenario, record.Map);
            var verdict = RunDocumentBuilder.ToVerdict(record, CellRunner.Expect(cell).Expectation);
            WatchedBundling.Announce(cause.Smallest, emit);
            // A budgeted run bounds each shrink too: past it, the bundle stays as found.
            using var shrinking = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            if (request.Budget is not null)
            {
                shrinking.CancelAfter(TimeSpan.FromTicks(Math.Max(1, (shrinkUntil - DateTimeOffset.UtcNow).Ticks)));
            }

            if (BundleWriter.WriteFor(verdict, cell, request.Output.Path, request.Shrink, shrinking.Token) is { Bundle: var bundle })
            {
                var others = cause.Cells.Count > 1 ? $"; {cause.Cells.Count - 1} more cells with this bug keep their trace in run.json" : "";
                var cut = request.Shrink && bundle.Shrinking is null && shrinking.IsCancellationRequested ? $" (kept as found: the run's {Budget.RunBudget.ShrinkTime.TotalSeconds:0} s of shrinking are spent)" : "";
                WatchedBundling.Written(cause.Smallest, $"{ShrinkText.Of(bundle.Shrinking)}{cut}{others}", emit);
            }
        }
    }
}
