namespace StressMaps.Harness.Reports.Exporters.Sarif;

/// <summary>
/// What kind of bug a verdict is, told from its first line. Each kind is one SARIF rule, so code
/// scanning groups and filters bugs by it.
/// </summary>
/// <param name="Id">The rule id, kebab-case (<c>data-race</c>).</param>
/// <param name="Name">The rule name, PascalCase as SARIF suggests (<c>DataRace</c>).</param>
/// <param name="Description">One sentence on what the rule catches.</param>
public sealed record BugKind(string Id, string Name, string Description)
{
    /// <summary>Coyote's collection race check: a write overlapping another call on a <c>Dictionary</c>.</summary>
    public static BugKind DataRace { get; } = new("data-race", "DataRace",
        "Two tasks used the same Dictionary at once and one of them wrote (Coyote's collection race check).");

    /// <summary>The contract detector: two calls overlapped that the declared contract forbids.</summary>
    public static BugKind ContractViolation { get; } = new("contract-violation", "ContractViolation",
        "Two calls overlapped that the type's declared thread-safety contract forbids.");

    /// <summary>The linearizability oracle: no sequential order explains the answers.</summary>
    public static BugKind NotLinearizable { get; } = new("not-linearizable", "NotLinearizable",
        "No sequential order of the concurrent calls gives every call the answer it got.");

    /// <summary>A scenario's final check did not hold (a lost update).</summary>
    public static BugKind FinalCheck { get; } = new("final-check", "FinalCheckFailed",
        "The map's final state after every task finished is not what the scenario requires (a lost update).");

    /// <summary>Coyote found the tasks waiting on each other.</summary>
    public static BugKind Deadlock { get; } = new("deadlock", "Deadlock",
        "Every task was blocked waiting on another (locks taken in opposite orders).");

    /// <summary>A concurrent test's task waited for a signal no task was left to give.</summary>
    public static BugKind LostWakeup { get; } = new("lost-wakeup", "LostWakeup",
        "A task waited for a signal (Monitor.Wait, a semaphore) that was given before it began to wait, or never, and no task was left to give it.");

    /// <summary>A schedule reached the step bound: a spin or livelock.</summary>
    public static BugKind StepBound { get; } = new("step-bound", "StepBoundReached",
        "A schedule took more scheduling steps than allowed: a task spins or the tasks livelock.");

    /// <summary>Any exception a task threw that is not an answer.</summary>
    public static BugKind Crash { get; } = new("crash", "Crash",
        "A task threw an exception (such as \"Collection was modified\") under some interleaving.");

    /// <summary>Every kind, in the order the rules are listed.</summary>
    public static IReadOnlyList<BugKind> All { get; } = [DataRace, ContractViolation, NotLinearizable, FinalCheck, Deadlock, LostWakeup, StepBound, Crash];

    /// <summary>The kind of the bug whose first line is <paramref name="message"/>; a crash when nothing else fits.</summary>
    public static BugKind Of(string? message) => message switch
    {
        null => Crash,
        _ when message.Contains("data race", StringComparison.OrdinalIgnoreCase) => DataRace,
        _ when message.StartsWith("Contract violation", StringComparison.Ordinal) => ContractViolation,
        _ when message.StartsWith("Not linearizable", StringComparison.Ordinal) => NotLinearizable,
        _ when message.StartsWith("Final check failed", StringComparison.Ordinal) => FinalCheck,
        _ when message.Contains("Deadlock detected", StringComparison.Ordinal) || message.StartsWith("Deadlock:", StringComparison.Ordinal) => Deadlock,
        _ when message.StartsWith("Lost wakeup:", StringComparison.Ordinal) => LostWakeup,
        _ when message.Contains("steps bound of", StringComparison.OrdinalIgnoreCase) => StepBound,
        _ => Crash,
    };
}
