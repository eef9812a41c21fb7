namespace StressMaps.Harness.Scenarios;

/// <summary>
/// What must hold once every task has finished: the map stores <paramref name="Expected"/> under
/// <paramref name="Key"/>. It catches wrong answers that throw nothing, such as a lost update.
/// </summary>
public sealed record FinalCheck(string Key, int Expected)
{
    /// <inheritdoc />
    public override string ToString() => $"get({Key}) == {Expected}";
}
