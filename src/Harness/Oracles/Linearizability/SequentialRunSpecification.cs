using System.Collections.Immutable;
using StressMaps.Harness.Exploration.Execution;
using StressMaps.Harness.Targets.Operations;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Oracles.Linearizability;

/// <summary>The calls a candidate order has placed so far: the state of <see cref="SequentialRunSpecification"/>.</summary>
/// <param name="Calls">The calls, in the candidate order.</param>
public sealed record SequentialRunState(ImmutableList<HistoryEntry> Calls)
{
    /// <summary>No call placed yet.</summary>
    public static SequentialRunState Empty { get; } = new(ImmutableList<HistoryEntry>.Empty);

    /// <summary>Equal when the same calls were placed in the same order.</summary>
    public bool Equals(SequentialRunState? other) => other is not null && Calls.SequenceEqual(other.Calls);

    /// <inheritdoc />
    public override int GetHashCode() => Calls.Count;
}

/// <summary>
/// The sequential specification of a target class is the class itself, run one call at a time (Lincheck's
/// default): to know what a call answers after a candidate order, the order is run again, one call at a time, on a fresh instance (a sequential run, not a trace replay),
/// each task keeping what it was handed, and the call made last.
/// </summary>
/// <remarks>
/// Answers are compared as <see cref="AnswerText"/> writes them; an answer that is not comparable (an object
/// with reference-only equality, an enumeration's count) or relaxed (<c>--relaxed</c>) is not compared,
/// but its call still takes its place in the order. A class that answers differently when the same calls are
/// run again (a clock, a random number) cannot be judged this way: relax those operations.
/// </remarks>
public sealed class SequentialRunSpecification(ClassTarget target) : ISequentialSpecification<SequentialRunState>
{
    /// <inheritdoc />
    public string Subject => $"{target.Type.Name} run one call at a time";

    /// <inheritdoc />
    public SequentialRunState Initial => SequentialRunState.Empty;

    /// <inheritdoc />
    public (string Answer, bool Compared, SequentialRunState After) Apply(SequentialRunState state, HistoryEntry entry)
    {
        var instance = target.CreateInstance();
        var clients = new Dictionary<int, TargetClient>();
        TargetClient ClientOf(int task) =>
            clients.TryGetValue(task, out var client) ? client : clients[task] = new TargetClient(target.Model, instance);

        foreach (var placed in state.Calls)
        {
            ClientOf(placed.Task).Execute(placed.Operation);
        }

        var answer = ClientOf(entry.Task).Execute(entry.Operation);
        var relaxed = entry.Operation.Member is { } member && target.Model.Find(member) is { } operation && target.IsRelaxed(operation);
        return (answer.Text, answer.IsComparable && !relaxed, state with { Calls = state.Calls.Add(entry) });
    }

    /// <inheritdoc />
    public string Describe(SequentialRunState state) => $"run again, one call at a time, on a fresh {target.Type.Name}" +
        (target.Relaxed.Count == 0 ? "" : $" (answers not judged, relaxed: {string.Join(", ", target.Relaxed)})");
}
