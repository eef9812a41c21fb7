using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Files;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Bundles.Shrinking;

namespace StressMaps.Harness.Bundles;

/// <summary>Writes the bundle of a failing cell into <c>bugs/</c> beside <c>run.json</c>, shrunk first unless told not to.</summary>
public static class BundleWriter
{
    /// <summary>
    /// Writes the bundle of <paramref name="verdict"/> when it found a bug; returns it, or null when
    /// the cell found none. When <paramref name="cancellation"/> fires while shrinking, the bug is
    /// kept as found; the caller stops at its next check of the token. The bug is replayed (and shrunk) as
    /// <paramref name="cell"/> is judged, the way it was explored.
    /// </summary>
    public static (BugBundle Bundle, string RelativePath)? WriteFor(
        CellVerdict verdict,
        Cell cell,
        string outputFolder,
        bool shrink,
        CancellationToken cancellation = default)
    {
        if (verdict.Outcome is not { BugFound: true, ReproducibleTrace: { } trace } outcome)
        {
            return null;
        }

        var name = verdict.Id.ToString();
        var message = outcome.BugMessage ?? "(no message)";
        var bug = new FoundBug(cell.Scenario, trace, message, outcome.BugDetail ?? message, outcome.Bug);
        var replay = CellRunner.Replay(cell, trace, verdict.Options, captureFrames: true);
        var bundle = BugBundleFactory.Create(
            name, bug, cell.Target, verdict.Options.MaxSteps, replay: replay, interleaveMemoryAccesses: verdict.Options.InterleaveMemoryAccesses, judgement: cell.Judgement);
        var path = OutputFolder.BundlePath(outputFolder, name);
        BugBundleJson.Write(path, bundle);
        if (shrink)
        {
            try
            {
                var options = new ShrinkOptions(MaxSteps: verdict.Options.MaxSteps, Seed: verdict.Options.Seed, InterleaveMemoryAccesses: verdict.Options.InterleaveMemoryAccesses);
                bundle = BugBundleFactory.Shrink(bundle, cell.Target, options, cancellation, cell.Judgement);
                BugBundleJson.Write(path, bundle);
            }
            catch (OperationCanceledException)
            {
                // The bundle as found is already on disk: nothing is lost.
            }
        }

        return (bundle, OutputFolder.BundleLink(name));
    }
}
