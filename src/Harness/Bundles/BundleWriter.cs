using StressMaps.Harness.Verdicts;
using StressMaps.Harness.Files;
using StressMaps.Harness.Bundles.Replay;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Bundles.Shrinking;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Bundles;

/// <summary>Writes the bundle of a failing cell into <c>bugs/</c> beside <c>run.json</c>, shrunk first unless told not to.</summary>
public static class BundleWriter
{
    /// <summary>
    /// Writes the bundle of <paramref name="verdict"/> when it found a bug; returns it, or null when
    /// the cell found none. When <paramref name="cancellation"/> fires while shrinking, the bug is
    /// kept as found; the caller stops at its next check of the token. A <paramref name="judged"/> cell
    /// (explored under the target's oracles) is replayed under them for its interleaving.
    /// </summary>
    public static (BugBundle Bundle, string RelativePath)? WriteFor(
        CellVerdict verdict,
        Scenario scenario,
        Target target,
        string outputFolder,
        bool shrink,
        CancellationToken cancellation = default,
        bool judged = false)
    {
        if (verdict.Outcome is not { BugFound: true, ReproducibleTrace: { } trace } outcome)
        {
            return null;
        }

        var cell = verdict.Id.ToString();
        var message = outcome.BugMessage ?? "(no message)";
        var bug = new FoundBug(scenario, trace, message, outcome.BugDetail ?? message);
        var replay = TraceReplay.Run(scenario, target, trace, verdict.Options, judged: judged, captureFrames: true);
        var bundle = BugBundleFactory.Create(
            cell, bug, target, verdict.Options.MaxSteps, replay: replay, interleaveMemoryAccesses: verdict.Options.InterleaveMemoryAccesses, judged: judged);
        var path = OutputFolder.BundlePath(outputFolder, cell);
        BugBundleJson.Write(path, bundle);
        if (shrink)
        {
            try
            {
                var options = new ShrinkOptions(MaxSteps: verdict.Options.MaxSteps, Seed: verdict.Options.Seed, InterleaveMemoryAccesses: verdict.Options.InterleaveMemoryAccesses);
                bundle = BugBundleFactory.Shrink(bundle, target, options, cancellation);
                BugBundleJson.Write(path, bundle);
            }
            catch (OperationCanceledException)
            {
                // The bundle as found is already on disk: nothing is lost.
            }
        }

        return (bundle, OutputFolder.BundleLink(cell));
    }
}
