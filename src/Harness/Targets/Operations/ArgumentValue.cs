using System.Globalization;

namespace StressMaps.Harness.Targets.Operations;

/// <summary>
/// One argument of a stored call, as plain data: its kind and its text. Replay rebuilds the CLR value
/// from it and the parameter's type (<see cref="ToObject"/>), so a bundle needs nothing else.
/// </summary>
/// <param name="Kind">What the value is.</param>
/// <param name="Text">The value as invariant text (a string itself, <c>-1</c>, <c>true</c>, an enum member's name); null for <see cref="ArgumentKind.Null"/>.</param>
public sealed record ArgumentValue(ArgumentKind Kind, string? Text)
{
    /// <summary>The null argument.</summary>
    public static ArgumentValue Null { get; } = new(ArgumentKind.Null, null);

    /// <summary>A string argument.</summary>
    public static ArgumentValue Of(string text) => new(ArgumentKind.String, text);

    /// <summary>An integer argument.</summary>
    public static ArgumentValue Of(long number) => new(ArgumentKind.Integer, number.ToString(CultureInfo.InvariantCulture));

    /// <summary>A boolean argument.</summary>
    public static ArgumentValue Of(bool flag) => new(ArgumentKind.Boolean, flag ? "true" : "false");

    /// <summary>A char argument.</summary>
    public static ArgumentValue Of(char character) => new(ArgumentKind.Char, character.ToString());

    /// <summary>An enum argument, by member name.</summary>
    public static ArgumentValue OfEnum(string member) => new(ArgumentKind.Enum, member);

    /// <summary>The CLR value for a parameter of <paramref name="parameterType"/>; throws <see cref="FormatException"/> when the text does not fit it.</summary>
    public object? ToObject(Type parameterType)
    {
        var type = Nullable.GetUnderlyingType(parameterType) ?? parameterType;
        return Kind switch
        {
            ArgumentKind.Null => null,
            ArgumentKind.String => Text,
            ArgumentKind.Boolean => bool.Parse(Required),
            ArgumentKind.Char when Required.Length == 1 => Required[0],
            ArgumentKind.Integer when type == typeof(object) => checked((int)long.Parse(Required, NumberStyles.Integer, CultureInfo.InvariantCulture)),
            ArgumentKind.Integer => Convert.ChangeType(long.Parse(Required, NumberStyles.Integer, CultureInfo.InvariantCulture), type, CultureInfo.InvariantCulture),
            ArgumentKind.Enum when type.IsEnum => Enum.Parse(type, Required, ignoreCase: false),
            _ => throw new FormatException($"argument {this} does not fit a parameter of type {type.Name}"),
        };
    }

    /// <summary>The value as call tables print it: <c>a</c>, <c>-1</c>, <c>true</c>, <c>'x'</c>, <c>Color.Red</c>, <c>null</c>.</summary>
    public override string ToString() => Kind switch
    {
        ArgumentKind.Null => "null",
        ArgumentKind.Char => $"'{Text}'",
        _ => Text ?? "",
    };

    private string Required => Text ?? throw new FormatException($"a {Kind} argument needs a value");
}
