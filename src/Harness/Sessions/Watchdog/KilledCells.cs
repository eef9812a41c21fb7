using StressMaps.Harness.Exploration;
using StressMaps.Harness.Exploration.Bugs;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;
using StressMaps.Status;

namespace StressMaps.Harness.Sessions.Watchdog;

/// <summary>The stored records of cells whose worker the user's code stopped.</summary>
public static class KilledCells
{
    /// <summary>
    /// <paramref name="unexplored"/> (the cell as planned) with <paramref name="death"/> as its verdict: never
    /// what a cell is expected to show, whatever its expectation.
    /// </summary>
    public static CellRecord Record(CellRecord unexplored, WorkerDeath death) => unexplored with
    {
        Verdict = death.Kind,
        Matches = false,
        BugMessage = death.Message,
        Bug = new Bug(death.Kind == VerdictKind.Hang ? BugKind.Hang : BugKind.Crash),
        BugDetail = death.Message.Contains(death.Detail, StringComparison.Ordinal) ? death.Message : $"{death.Message}\n{death.Detail}",
        ElapsedSeconds = death.InPhase.TotalSeconds,
        Killed = new KillRecord(death.Phase?.ToString() ?? "unknown", death.Operation, death.ExitCode, death.Detail),
    };

    /// <summary>The record of a type whose pre-check (its constructor, a first write, outside Coyote) stopped the worker.</summary>
    public static CellRecord PreCheck(string typedType, WorkerDeath death, ExplorationOptions options) => Record(
        RunDocumentBuilder.ToRecord(new CellVerdict(
            PreCheckScenario,
            typedType,
            Expectation.SafeExpected,
            "a fresh instance is created and written once before exploring; both must return",
            options,
            null)),
        death);

    /// <summary>
    /// <paramref name="explored"/> as a hang when Coyote reported one (its deadlock monitor saw no scheduling
    /// step for a while: a spin or a wait it does not control), naming the operation <paramref name="status"/>
    /// still has in flight; otherwise <paramref name="explored"/> as it is.
    /// </summary>
    public static CellRecord HangSeenByCoyote(CellRecord explored, StatusReading status, TimeSpan elapsed)
    {
        if (explored is not { Verdict: VerdictKind.Bug, Bug.Kind: BugKind.Hang })
        {
            return explored;
        }

        var death = new WorkerDeath(VerdictKind.Hang, null, WorkerPhase.Parse(status.Phase), status.Running,
            "Coyote's deadlock monitor saw no scheduling step for its timeout (a spin or a wait it does not control)") { InPhase = elapsed };
        return Record(explored, death) with { BugDetail = $"{death.Message}\n{explored.BugDetail}" };
    }

    /// <summary>
    /// The schedule <paramref name="death"/> journaled for <paramref name="killed"/> (its record), or null when the
    /// journal cannot rebuild it (no schedule had started, or steps did not fit).
    /// </summary>
    public static KilledSchedule? Schedule(CellRecord killed, WorkerDeath death) => death.Journal.IsWhole
        ? new KilledSchedule(
            killed.Scenario,
            killed.Map,
            new Bundles.WorkerKill(death.Kind, death.Operation, death.ExitCode, death.Journal.Iteration!.Value),
            killed.Bug!,
            killed.BugMessage!,
            killed.BugDetail ?? death.Detail,
            death.Journal.Steps)
        : null;

    /// <summary>The row name of the pre-check in the matrix.</summary>
    public const string PreCheckScenario = "pre-check";
}
