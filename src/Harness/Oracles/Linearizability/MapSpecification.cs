namespace StressMaps.Harness.Oracles.Linearizability;

/// <summary>The sequential specification of the map scenarios: a plain dictionary, <see cref="SequentialMapModel"/>.</summary>
public sealed class MapSpecification : ISequentialSpecification<SequentialMapModel>
{
    /// <summary>The one instance: the model has no settings.</summary>
    public static MapSpecification Instance { get; } = new();

    /// <inheritdoc />
    public string Subject => "the map";

    /// <inheritdoc />
    public SequentialMapModel Initial => SequentialMapModel.Empty;

    /// <inheritdoc />
    public (string Answer, bool Compared, SequentialMapModel After) Apply(SequentialMapModel state, HistoryEntry entry)
    {
        var (answer, after) = state.Apply(entry.Operation);
        return (answer, SequentialMapModel.ChecksAnswerOf(entry.Operation.Kind), after);
    }

    /// <inheritdoc />
    public string Describe(SequentialMapModel state) => $"leaving the map {state}";
}
