namespace StressMaps.Harness.Targets.Operations;

/// <summary>
/// The small domains arguments are drawn from, as Lincheck's generators: a few keys, a few integers
/// around zero. Small on purpose: calls of different tasks meet on the same key and value.
/// </summary>
/// <param name="Keys">The strings a string parameter takes (the first is the key that pair scenarios share).</param>
/// <param name="Integers">The integers an integer parameter takes (those that do not fit its type are left out).</param>
public sealed record DomainOptions(IReadOnlyList<string> Keys, IReadOnlyList<long> Integers)
{
    /// <summary>Keys <c>a</c>, <c>b</c>, <c>c</c>; integers -1, 0, 1, 2.</summary>
    public static DomainOptions Default { get; } = new(["a", "b", "c"], [-1, 0, 1, 2]);
}
