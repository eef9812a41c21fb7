namespace StressMaps.Harness.Targets.Operations;

/// <summary>Which parameter types an operation may take, and the values drawn for each.</summary>
public static class ArgumentDomains
{
    private static readonly Type[] IntegerTypes =
        [typeof(sbyte), typeof(byte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong)];

    /// <summary>Why a parameter of <paramref name="type"/> cannot be given an argument, or null when it can (string, bool, integers, char, enums, their nullable forms, and object, which takes integers).</summary>
    public static string? Unsupported(Type type)
    {
        if (type.IsByRef)
        {
            return "ref or out parameter";
        }

        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain == typeof(object) || plain == typeof(string) || plain == typeof(bool) || plain == typeof(char) || plain.IsEnum || IntegerTypes.Contains(plain))
        {
            return null;
        }

        if (typeof(Delegate).IsAssignableFrom(plain))
        {
            return "delegate parameter";
        }

        return plain.IsPointer || plain.IsByRefLike
            ? $"parameter of type {CSharpName.Of(plain)}"
            : $"parameter of type {CSharpName.Of(plain)} (StressMaps passes string, bool, integer, char and enum arguments)";
    }

    /// <summary>The values a parameter of <paramref name="type"/> takes under <paramref name="options"/>.</summary>
    public static IReadOnlyList<ArgumentValue> For(Type type, DomainOptions options)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        IEnumerable<ArgumentValue> values =
            plain == typeof(string) ? options.Keys.Select(ArgumentValue.Of)
            : plain == typeof(bool) ? [ArgumentValue.Of(false), ArgumentValue.Of(true)]
            : plain == typeof(char) ? options.Keys.Where(key => key.Length > 0).Select(key => ArgumentValue.Of(key[0])).Distinct()
            : plain.IsEnum ? Enum.GetNames(plain).Select(ArgumentValue.OfEnum)
            // An object parameter (IDictionary<string,object>'s value) takes the integers, boxed as int.
            : plain == typeof(object) ? options.Integers.Where(number => Fits(number, typeof(int))).Select(ArgumentValue.Of)
            : options.Integers.Where(number => Fits(number, plain)).Select(ArgumentValue.Of);
        return Nullable.GetUnderlyingType(type) is null ? values.ToList() : values.Append(ArgumentValue.Null).ToList();
    }

    private static bool Fits(long number, Type type)
    {
        try
        {
            Convert.ChangeType(number, type, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
