namespace StressMaps.Harness.Targets.Operations;

/// <summary>Type names as C# writes them, for the lines a person reads: <c>string</c>, <c>int?</c>, <c>Dictionary&lt;string,int&gt;</c>, <c>Action&lt;string,int&gt;</c>.</summary>
public static class CSharpName
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(string)] = "string", [typeof(bool)] = "bool", [typeof(char)] = "char", [typeof(object)] = "object",
        [typeof(void)] = "void", [typeof(sbyte)] = "sbyte", [typeof(byte)] = "byte", [typeof(short)] = "short",
        [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long",
        [typeof(ulong)] = "ulong", [typeof(double)] = "double", [typeof(float)] = "float", [typeof(decimal)] = "decimal",
    };

    /// <summary>The C# name of <paramref name="type"/>.</summary>
    public static string Of(Type type)
    {
        // Coyote's rewriting swaps in its own checked subclass of Dictionary<,> (and others): name what the user wrote.
        while (type.Namespace?.StartsWith("Microsoft.Coyote", StringComparison.Ordinal) == true && type.BaseType is { } written && written != typeof(object))
        {
            type = written;
        }

        if (type.IsByRef)
        {
            return Of(type.GetElementType()!);
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return Of(inner) + "?";
        }

        if (type.IsArray)
        {
            return Of(type.GetElementType()!) + "[]";
        }

        return type.IsGenericType && type.Name.Contains('`', StringComparison.Ordinal)
            ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(",", type.GetGenericArguments().Select(Of))}>"
            : type.Name;
    }
}
