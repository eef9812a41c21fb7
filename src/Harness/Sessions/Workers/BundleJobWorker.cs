using StressMaps.Harness.Bundles;
using StressMaps.Status;

namespace StressMaps.Harness.Sessions.Workers;

/// <summary>The worker side of a <see cref="BundleJob"/>: loads the bundle's target (the user's code) and replays or shrinks it, watched.</summary>
public static class BundleJobWorker
{
    /// <summary>Runs <paramref name="job"/> and answers once.</summary>
    public static void Run(BundleJob job, Action<BundleJobAnswer> answer, CancellationToken cancellation)
    {
        try
        {
            WorkerPhase.Enter(WorkerPhaseKind.Loading, job.Bundle);
            var bundle = BugBundleJson.Read(job.Bundle);
            var target = TargetResolver.Resolve(bundle.Target, job.Assembly, job.Force);
            if (job.ShrinkTo is { } path)
            {
                WorkerPhase.Enter(WorkerPhaseKind.Shrinking, bundle.Cell);
                var shrunk = ShrinkSession.Shrink(bundle, target, path, job.DefaultSeed, cancellation);
                answer(new BundleJobAnswer(OutcomeKind.AsExpected, "", BugBundleJson.Serialize(shrunk)));
                return;
            }

            WorkerPhase.Enter(WorkerPhaseKind.Exploring, bundle.Cell);
            var outcome = ReplaySession.Replay(bundle, target, job.Times);
            answer(new BundleJobAnswer(outcome.Kind, outcome.Message, outcome.AsRan is { } asRan ? BugBundleJson.Serialize(asRan) : null));
        }
        catch (InvalidDataException error)
        {
            answer(new BundleJobAnswer(OutcomeKind.BadInput, $"{job.Bundle}: {error.Message}"));
        }
        finally
        {
            WorkerPhase.Enter(WorkerPhaseKind.Idle);
        }
    }
}
