using StressMaps.Harness.Scenarios;

namespace StressMaps.Harness.Oracles.Linearizability;

/// <summary>
/// One completed call in a concurrent history: who made it, what it was, when it was called and when
/// it returned (ticks of one logical clock shared by every task), and what it answered.
/// </summary>
/// <param name="Task">0 for the sequential setup, 1.. for the concurrent tasks.</param>
/// <param name="Operation">The call.</param>
/// <param name="CalledAt">Logical time of the call.</param>
/// <param name="ReturnedAt">Logical time of the return; greater than <paramref name="CalledAt"/>.</param>
/// <param name="Result">The answer as text (<see cref="OperationResults"/>): <c>1</c>, <c>absent</c>, <c>true</c>, <c>ok</c>, <c>throws ArgumentException</c>.</param>
public sealed record HistoryEntry(int Task, ScenarioOperation Operation, long CalledAt, long ReturnedAt, string Result)
{
    /// <summary>Whether this call returned before <paramref name="other"/> was called (real-time order).</summary>
    public bool Precedes(HistoryEntry other) => ReturnedAt < other.CalledAt;

    /// <summary>The task as tables print it.</summary>
    public string TaskName => Task == 0 ? "setup" : $"task {Task}";

    /// <inheritdoc />
    public override string ToString() => $"{TaskName}: {Operation} -> {Result}";
}
