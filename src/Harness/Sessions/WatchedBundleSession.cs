using System.Diagnostics;
using System.Text.Json;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Files;
using StressMaps.Harness.Sessions.Watchdog;
using StressMaps.Harness.Sessions.Workers;
using StressMaps.Harness.Verdicts;

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
        if (KillOf(job.Bundle) is { } kill)
        {
            return ReplayKill(job, kill, limits, startWorker, cancellation);
        }

        var (answer, death) = Run(job, limits, startWorker, cancellation);
        return death is not null
            ? new ReplayOutcome(OutcomeKind.UnexpectedBug, $"The worker replaying {job.Bundle} was stopped: {death.Message}", null)
            : new ReplayOutcome(answer!.Kind, answer.Message, answer.BundleJson is { } json ? BugBundleJson.Deserialize(json) : null);
    }

    /// <summary>Shrinks the bundle of <paramref name="job"/> into <see cref="BundleJob.ShrinkTo"/>; a worker the user's code stopped is a <see cref="BadInputException"/> naming the stop.</summary>
    public static BugBundle Shrink(BundleJob job, WatchdogLimits limits, Func<ProcessStartInfo> startWorker, CancellationToken cancellation = default)
    {
        if (KillOf(job.Bundle) is { } kill)
        {
            throw new BadInputException($"{job.Bundle} is the schedule of a cell whose worker was killed ({kill.Verdict.Word()}); it is kept as found, since every try of the shrinker would end a worker.");
        }

        var (answer, death) = Run(job, limits, startWorker, cancellation);
        if (death is not null)
        {
            throw new BadInputException($"the worker shrinking {job.Bundle} was stopped: {death.Message}");
        }

        return answer!.Kind == OutcomeKind.BadInput || answer.BundleJson is null
            ? throw new BadInputException(answer.Message)
            : BugBundleJson.Deserialize(answer.BundleJson);
    }

    // A killed cell's schedule ends the worker replaying it: each replay gets a fresh worker, and the bug reproduces
    // when the worker ends as the bundle's did (a hang Coyote's monitor sees this time is the same hang).
    private static ReplayOutcome ReplayKill(BundleJob job, WorkerKill kill, WatchdogLimits limits, Func<ProcessStartInfo> startWorker, CancellationToken cancellation)
    {
        var said = "";
        for (var reproduced = 0; reproduced < job.Times; reproduced++)
        {
            var (answer, death) = Run(job with { Times = 1 }, limits, startWorker, cancellation);
            if (death is not null && death.Kind != kill.Verdict)
            {
                return new ReplayOutcome(OutcomeKind.UnexpectedBug,
                    $"The worker replaying {job.Bundle} was stopped: {death.Message} (not the {kill.Verdict.Word()} the bundle records)", null);
            }

            if (death is null && answer!.Kind != OutcomeKind.UnexpectedBug)
            {
                return reproduced == 0 || answer.Kind != OutcomeKind.AsExpected
                    ? new ReplayOutcome(answer.Kind, answer.Message, null)
                    : new ReplayOutcome(OutcomeKind.InternalError, $"{job.Bundle}: the bug reproduced {reproduced} of {job.Times} times; replay should be deterministic.", null);
            }

            // A hang Coyote's monitor saw comes back as the worker's answer, "The bug reproduces 1/1: ...".
            said = death?.Message ?? answer!.Message[(answer.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        }

        return new ReplayOutcome(OutcomeKind.UnexpectedBug, $"The bug reproduces {job.Times}/{job.Times}: {said}", null);
    }

    // The kill a bundle records; an unreadable bundle has none here, and its worker says what is wrong with it.
    private static WorkerKill? KillOf(string bundle)
    {
        try
        {
            return BugBundleJson.Read(bundle).Killed;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static (BundleJobAnswer? Answer, WorkerDeath? Death) Run(BundleJob job, WatchdogLimits limits, Func<ProcessStartInfo> startWorker, CancellationToken cancellation)
    {
        using var worker = WorkerProcess.Start(startWorker, limits);
        worker.Send(JsonSerializer.Serialize(new WorkerRequest(Bundle: job), DocumentJson.Line));
        var (line, death) = worker.Next(cancellation);
        return death is not null ? (null, death) : (JsonSerializer.Deserialize<BundleJobAnswer>(line!, DocumentJson.Line), null);
    }
}
