namespace StressMaps.Harness.Targets.Loading;

/// <summary>Finds the type names closest to one a user typed, to suggest in a "not found" message.</summary>
public static class TypeNameMatch
{
    /// <summary>Up to <paramref name="count"/> of <paramref name="candidates"/>, closest to <paramref name="typed"/> first.</summary>
    public static IReadOnlyList<string> Closest(string typed, IEnumerable<string> candidates, int count = 3) =>
        candidates
            .Distinct()
            .Select(name => (Name: name, Distance: Math.Min(Distance(typed, name), Distance(typed, ShortName(name)))))
            .OrderBy(match => match.Distance)
            .ThenBy(match => match.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(match => match.Name)
            .ToList();

    private static string ShortName(string fullName) => fullName[(fullName.LastIndexOf('.') + 1)..];

    /// <summary>Levenshtein distance, ignoring case.</summary>
    private static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
