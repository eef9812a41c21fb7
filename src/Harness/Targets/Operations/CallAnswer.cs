namespace StressMaps.Harness.Targets.Operations;

/// <summary>
/// What a call answered, as the linearizability oracle compares it: its text, and whether that text is
/// comparable at all. See <see cref="AnswerText"/> for the rule.
/// </summary>
/// <param name="Text">The answer as text: <c>ok</c>, <c>"a"</c>, <c>3</c>, <c>{a=1, b=2}</c>, <c>throws KeyNotFoundException</c>, <c>&lt;ref Widget&gt;</c>.</param>
/// <param name="IsComparable">False for an object that only has reference equality: no other run can give the same one.</param>
public sealed record CallAnswer(string Text, bool IsComparable = true)
{
    /// <summary>The answer of a call that returns nothing.</summary>
    public static CallAnswer Ok { get; } = new("ok");

    /// <summary>The answer of a call that threw <paramref name="exception"/>: compared by the exception's type only.</summary>
    public static CallAnswer Threw(Exception exception) => new($"throws {exception.GetType().Name}");

    /// <inheritdoc />
    public override string ToString() => Text;
}
