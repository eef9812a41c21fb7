using StressMaps.Harness.Exploration.Bugs;

namespace StressMaps.Harness.Reports.Exporters.Sarif;

/// <summary>
/// The SARIF rule of each kind of bug a run reports (<see cref="BugKind"/>, as the check that found it typed it),
/// so code scanning groups and filters bugs by it. The rule id is the kind's stored word.
/// </summary>
/// <param name="Id">The rule id, kebab-case (<c>data-race</c>).</param>
/// <param name="Name">The rule name, PascalCase as SARIF suggests (<c>DataRace</c>).</param>
/// <param name="Description">One sentence on what the rule catches.</param>
public sealed record SarifRule(string Id, string Name, string Description)
{
    /// <summary>Coyote's collection race check: a write overlapping another call on a <c>Dictionary</c>.</summary>
    public static SarifRule DataRace { get; } = new(BugKindJson.Word(BugKind.DataRace), "DataRace",
        "Two tasks used the same Dictionary at once and one of them wrote (Coyote's collection race check).");

    /// <summary>The contract detector: two calls overlapped that the declared contract forbids.</summary>
    public static SarifRule ContractViolation { get; } = new(BugKindJson.Word(BugKind.ContractViolation), "ContractViolation",
        "Two calls overlapped that the type's declared thread-safety contract forbids.");

    /// <summary>The linearizability oracle: no sequential order explains the answers.</summary>
    public static SarifRule NotLinearizable { get; } = new(BugKindJson.Word(BugKind.NotLinearizable), "NotLinearizable",
        "No sequential order of the concurrent calls gives every call the answer it got.");

    /// <summary>A scenario's final check did not hold (a lost update).</summary>
    public static SarifRule FinalCheck { get; } = new(BugKindJson.Word(BugKind.FinalCheck), "FinalCheckFailed",
        "The map's final state after every task finished is not what the scenario requires (a lost update).");

    /// <summary>Coyote found the tasks waiting on each other.</summary>
    public static SarifRule Deadlock { get; } = new(BugKindJson.Word(BugKind.Deadlock), "Deadlock",
        "Every task was blocked waiting on another (locks taken in opposite orders).");

    /// <summary>A concurrent test's task waited for a signal no task was left to give.</summary>
    public static SarifRule LostWakeup { get; } = new(BugKindJson.Word(BugKind.LostWakeup), "LostWakeup",
        "A task waited for a signal (Monitor.Wait, a semaphore) that was given before it began to wait, or never, and no task was left to give it.");

    /// <summary>A schedule reached the step bound: a spin or livelock.</summary>
    public static SarifRule StepBound { get; } = new(BugKindJson.Word(BugKind.StepBound), "StepBoundReached",
        "A schedule took more scheduling steps than allowed: a task spins or the tasks livelock.");

    /// <summary>Any exception a task threw that is not an answer.</summary>
    public static SarifRule Crash { get; } = new(BugKindJson.Word(BugKind.Crash), "Crash",
        "A task threw an exception (such as \"Collection was modified\") under some interleaving.");

    /// <summary>Every kind, in the order the rules are listed.</summary>
    public static IReadOnlyList<SarifRule> All { get; } = [DataRace, ContractViolation, NotLinearizable, FinalCheck, Deadlock, LostWakeup, StepBound, Crash];

    /// <summary>The rule of <paramref name="kind"/>; a hang, which the run reports as its own verdict rather than a bug, falls under crash.</summary>
    public static SarifRule For(BugKind kind) => All.FirstOrDefault(rule => rule.Id == BugKindJson.Word(kind)) ?? Crash;
}
