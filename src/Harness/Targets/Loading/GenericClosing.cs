namespace StressMaps.Harness.Targets.Loading;

/// <summary>
/// Closes an open generic type over the argument domains, whatever its number of type parameters: the first is
/// <c>string</c> (the keys), the others <c>int</c> (the values), so <c>Set`1</c> is <c>Set&lt;string&gt;</c> and
/// <c>Cache`2</c> is <c>Cache&lt;string,int&gt;</c>. Constraints that forbid that are tried with all strings, then all ints.
/// </summary>
public static class GenericClosing
{
    /// <summary><paramref name="definition"/> closed over the domains; a <see cref="TargetRejectedException"/> when its constraints forbid every choice.</summary>
    public static Type Close(Type definition)
    {
        var count = definition.GetGenericArguments().Length;
        Type[][] choices =
        [
            [typeof(string), .. Enumerable.Repeat(typeof(int), count - 1)],
            [.. Enumerable.Repeat(typeof(string), count)],
            [.. Enumerable.Repeat(typeof(int), count)],
        ];
        foreach (var arguments in choices)
        {
            try
            {
                return definition.MakeGenericType(arguments);
            }
            catch (ArgumentException)
            {
                // The constraints forbid these arguments: try the next choice.
            }
        }

        var name = definition.FullName![..definition.FullName!.IndexOf('`', StringComparison.Ordinal)];
        throw new TargetRejectedException(
            $"{definition.FullName} cannot be closed over <{string.Join(",", choices[0].Select(type => type == typeof(string) ? "string" : "int"))}>: its constraints forbid it; name the type arguments as C# does ('{name}<...>')");
    }
}
