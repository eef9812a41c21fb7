using StressMaps.Harness.Bundles;
using StressMaps.Harness.Bundles.Replay;
using StressMaps.Harness.Bundles.Shrinking;
using StressMaps.Harness.Oracles;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Exploration.Traces;

namespace StressMaps.Harness.Sessions;

/// <summary>What replaying a bundle showed.</summary>
/// <param name="Kind">UnexpectedBug when the bug reproduced every time, AsExpected when the run was clean, BadInput when the schedule diverged, InternalError when replay was not deterministic.</param>
/// <param name="Message">One line saying so (for the user; an error line for BadInput and InternalError).</param>
/// <param name="AsRan">The bundle with the interleaving as it ran now, when the bug reproduced.</param>
public sealed record ReplayOutcome(OutcomeKind Kind, string Message, BugBundle? AsRan)
{
    /// <summary>The process exit code (<see cref="ExitCodes.Of"/>).</summary>
    public int ExitCode => ExitCodes.Of(Kind);
}

/// <summary><c>stressmaps replay</c>: replays a bug bundle's schedule, <c>times</c> times.</summary>
public static class ReplaySession
{
    /// <summary>Replays <paramref name="bundle"/> on <paramref name="target"/>; the bug must reproduce every time.</summary>
    public static ReplayOutcome Replay(BugBundle bundle, Target target, int times)
    {
        var trace = bundle.Trace.GetRawText();
        var cell = new Cell(bundle.Scenario, target, Cell.JudgementOf(target, byContract: false));
        var reproduced = 0;
        ReplayRun? last = null;
        for (var i = 0; i < times; i++)
        {
            last = CellRunner.Replay(cell, trace, bundle.Replay.ReplayOptions);
            if (!last.Outcome.BugFound)
            {
                return Clean(bundle, cell, trace, reproduced, times);
            }

            reproduced++;
        }

        // The interleaving as it ran now, not as the bundle remembers it.
        var asRan = bundle with { Schedule = ScheduleBuilder.Build(last!.Journal, bundle.Scenario) };
        var message = last.Outcome.BugMessage;
        var same = BugSignature.Of(last.Outcome.Bug) == BugSignature.Of(bundle.Verdict.Typed) ? "" : $" (a different bug than the bundle's: {bundle.Verdict.Message})";
        return new ReplayOutcome(OutcomeKind.UnexpectedBug, $"The bug reproduces {reproduced}/{times}: {message}{same}", asRan);
    }

    private static ReplayOutcome Clean(BugBundle bundle, Cell cell, string trace, int reproduced, int times)
    {
        // Coyote only says why a replay left its trace in its verbose log: run once more with it.
        var verbose = CellRunner.Replay(cell, trace, bundle.Replay.ReplayOptions, verbose: true);
        if (Divergence.FromLog(verbose.Log, CoyoteTrace.Parse(trace)) is { } divergence)
        {
            return new ReplayOutcome(OutcomeKind.BadInput, $"{bundle.Cell}: {divergence}", null);
        }

        return reproduced > 0
            ? new ReplayOutcome(OutcomeKind.InternalError, $"{bundle.Cell}: the bug reproduced {reproduced} of {times} times; replay should be deterministic.", null)
            : new ReplayOutcome(OutcomeKind.AsExpected,
                $"The bug no longer reproduces: {bundle.Cell} ran clean along the bundled schedule (expected: {bundle.Verdict.Message}). If you fixed it, well done.", null);
    }
}
