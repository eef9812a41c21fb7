namespace StressMaps.Harness.Scenarios;

/// <summary>
/// A client scenario as plain data: a sequential setup, tasks that run concurrently (each a list of
/// operations), and an optional check once they have all finished.
/// </summary>
/// <param name="Name">The kebab-case name users type.</param>
/// <param name="Summary">One line on what the scenario shows.</param>
/// <param name="Setup">Operations run by one caller before any task starts.</param>
/// <param name="Tasks">The concurrent callers, each a list of operations run in order.</param>
/// <param name="Check">What must hold at the end, or null.</param>
public sealed record Scenario(
    string Name,
    string Summary,
    IReadOnlyList<ScenarioOperation> Setup,
    IReadOnlyList<IReadOnlyList<ScenarioOperation>> Tasks,
    FinalCheck? Check = null)
{
    /// <summary>Whether some step needs a map that offers an atomic update.</summary>
    public bool NeedsAtomicUpdate => Setup.Concat(Tasks.SelectMany(task => task)).Any(op => op.NeedsAtomicUpdate);

    /// <summary>The number of operations over all tasks (the setup excluded).</summary>
    public int OperationCount => Tasks.Sum(task => task.Count);
}
