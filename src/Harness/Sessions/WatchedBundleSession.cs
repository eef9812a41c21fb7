using System.Diagnostics;
using System.Text.Json;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Files;
using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Harness.Sessions.Workers;

namespace StressMaps.Harness.Sessions;

/// <summary>
/// <c>replay</c> and <c>shrink</c> of a bundle of a user's type: the user's code runs in a worker process under
/// the watchdog, so a schedule that hangs, crashes or exhausts memory ends in a verdict, never in a hung tool.
/// </summary>
public static class WatchedBundleSession
{
    /// <summary>Replays the bundle of <paramref name="job"/>; a worker the user's code stopped is the bug reproducing as that stop.</summary>
    public static ReplayOutcome Replay(BundleJob job, WatchdogLimits limits, Func<ProcessStartInfo> startWorker, CancellationToken cancellation = default)
    {
        var (answer, death) = Run(job, limits, startWorker, cancellation);
        return death is not null
            ? new ReplayOutcome(OutcomeKind.UnexpectedBug, $"The worker replaying {job.Bundle} was stopped: {death.Message}", null)
            : new ReplayOutcome(answer!.Kind, answer.Message, answer.BundleJson is { } json ? BugBundleJson.Deserialize(json) : null);
    }

    /// <summary>Shrinks the bundle of <paramref name="job"/> into <see cref="BundleJob.ShrinkTo"/>; a worker the user's code stopped is a <see cref="BadInputException"/> naming the stop.</summary>
    public static BugBundle Shrink(BundleJob job, WatchdogLimits limits, Func<ProcessStartInfo> startWorker, CancellationToken cancellation = default)
    {
        var (answer, death) = Run(job, limits, startWorker, cancellation);
        if (death is not null)
        {
            throw new BadInputException($"the worker shrinking {job.Bundle} was stopped: {death.Message}");
        }

        return answer!.Kind == OutcomeKind.BadInput || answer.BundleJson is null
            ? throw new BadInputException(answer.Message)
            : BugBundleJson.Deserialize(answer.BundleJson);
    }

    private static (BundleJobAnswer? Answer, WorkerDeath? Death) Run(BundleJob job, WatchdogLimits limits, Func<ProcessStartInfo> startWorker, CancellationToken cancellation)
    {
        using var worker = WorkerProcess.Start(startWorker, limits);
        worker.Send(JsonSerializer.Serialize(new WorkerRequest(Bundle: job), DocumentJson.Line));
        var (line, death) = worker.Next(cancellation);
        return death is not null ? (null, death) : (JsonSerializer.Deserialize<BundleJobAnswer>(line!, DocumentJson.Line), null);
    }
}
