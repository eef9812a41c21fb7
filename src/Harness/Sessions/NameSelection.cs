namespace StressMaps.Harness.Sessions;

/// <summary>Resolves a list of names a user typed (repeated or comma-separated) against a catalog.</summary>
public static class NameSelection
{
    /// <summary>
    /// The items named in <paramref name="typed"/>, in catalog order; every item when nothing was typed.
    /// An unknown name is a <see cref="BadInputException"/> naming the valid choices.
    /// </summary>
    public static IReadOnlyList<T> Resolve<T>(IEnumerable<string>? typed, IReadOnlyList<T> catalog, Func<T, string> nameOf, string what)
    {
        var names = (typed ?? [])
            .SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        if (names.Count == 0)
        {
            return catalog;
        }

        var unknown = names.FirstOrDefault(name => !catalog.Any(item => Same(nameOf(item), name)));
        if (unknown is not null)
        {
            throw new BadInputException($"unknown {what} '{unknown}'. Valid {what}s: {string.Join(", ", catalog.Select(nameOf))}.");
        }

        return catalog.Where(item => names.Any(name => Same(nameOf(item), name))).ToList();
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
