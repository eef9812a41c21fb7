using System.Reflection;

namespace StressMaps.Harness.Targets.Loading;

/// <summary>
/// Reads a type name as C# writes a closed generic, <c>My.Cache&lt;int,string&gt;</c> or
/// <c>System.Collections.Generic.Dictionary&lt;string,object&gt;</c>, so a user can pick the type arguments;
/// a name without them is looked up as it is (an open generic is then closed over <c>&lt;string,int&gt;</c>).
/// </summary>
public static class ClosedTypeName
{
    private static readonly Dictionary<string, Type> Keywords = new()
    {
        ["string"] = typeof(string), ["object"] = typeof(object), ["bool"] = typeof(bool), ["char"] = typeof(char),
        ["sbyte"] = typeof(sbyte), ["byte"] = typeof(byte), ["short"] = typeof(short), ["ushort"] = typeof(ushort),
        ["int"] = typeof(int), ["uint"] = typeof(uint), ["long"] = typeof(long), ["ulong"] = typeof(ulong),
    };

    /// <summary>The type <paramref name="typeName"/> names in <paramref name="assemblies"/>, through <paramref name="find"/> for each name part.</summary>
    public static Type Find(
        IReadOnlyList<Assembly> assemblies, string typeName, string where, Func<IReadOnlyList<Assembly>, string, string, Type> find)
    {
        var open = typeName.IndexOf('<', StringComparison.Ordinal);
        if (open < 0 || !typeName.EndsWith('>'))
        {
            return find(assemblies, typeName, where);
        }

        var arguments = SplitTopLevel(typeName[(open + 1)..^1])
            .Select(argument => Resolve(assemblies, argument.Trim(), where, find))
            .ToArray();
        var definition = find(assemblies, $"{typeName[..open]}`{arguments.Length}", where);
        try
        {
            return definition.MakeGenericType(arguments);
        }
        catch (ArgumentException)
        {
            throw new TargetRejectedException($"{typeName} cannot be made: the type's constraints forbid those type arguments");
        }
    }

    private static Type Resolve(IReadOnlyList<Assembly> assemblies, string name, string where, Func<IReadOnlyList<Assembly>, string, string, Type> find) =>
        Keywords.TryGetValue(name, out var keyword) ? keyword
        : name.Contains('<', StringComparison.Ordinal) ? Find(assemblies, name, where, find)
        : typeof(object).Assembly.GetType(name, throwOnError: false) ?? find(assemblies, name, where);

    private static IEnumerable<string> SplitTopLevel(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] == '<' ? 1 : text[i] == '>' ? -1 : 0;
            if (text[i] == ',' && depth == 0)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }
}
