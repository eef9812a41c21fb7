namespace StressMaps.Cli.Inputs;

/// <summary>Resolves a list of names typed by the user (repeated or comma-separated) against a catalog.</summary>
public static class NameListInput
{
    /// <summary>
    /// The items named in <paramref name="typed"/>, in catalog order; every item when nothing was typed.
    /// An unknown name is a <see cref="UsageException"/> naming the valid choices.
    /// </summary>
    public static IReadOnlyList<T> Resolve<T>(
        IEnumerable<string>? typed, IReadOnlyList<T> catalog, Func<T, string> nameOf, string what)
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
            throw new UsageException(
                $"unknown {what} '{unknown}'. Valid {what}s: {string.Join(", ", catalog.Select(nameOf))}.");
        }

        return catalog.Where(item => names.Any(name => Same(nameOf(item), name))).ToList();
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
