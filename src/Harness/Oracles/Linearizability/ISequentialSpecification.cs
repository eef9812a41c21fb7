namespace StressMaps.Harness.Oracles.Linearizability;

/// <summary>
/// A sequential specification the linearizability checker runs candidate orders against: a state,
/// and what one call answers from it. States must be values (equal when they behave alike), since the
/// checker remembers the ones it has seen.
/// </summary>
/// <typeparam name="TState">The specification's state.</typeparam>
public interface ISequentialSpecification<TState>
    where TState : IEquatable<TState>
{
    /// <summary>What answers in the explanation: <c>the map</c>, <c>Registry run one call at a time</c>.</summary>
    string Subject { get; }

    /// <summary>The state before any call.</summary>
    TState Initial { get; }

    /// <summary>
    /// Performs <paramref name="entry"/>'s call on <paramref name="state"/>: what the specification answers,
    /// whether that answer is compared with the one recorded (false for relaxed and incomparable answers), and the state after.
    /// </summary>
    (string Answer, bool Compared, TState After) Apply(TState state, HistoryEntry entry);

    /// <summary>The state as the explanation prints it after the longest order that fits (<c>leaving the map {a=1}</c>).</summary>
    string Describe(TState state);
}
