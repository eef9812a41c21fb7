namespace StressMaps.ConcurrencyBugs;

/// <summary>The invariant checks the programs end with: an exception out of the test is the bug.</summary>
public static class Check
{
    /// <summary>Throws when <paramref name="actual"/> is not <paramref name="expected"/>.</summary>
    public static void Equal<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new InvalidOperationException($"{what}: expected {expected}, found {actual}");
        }
    }

    /// <summary>Throws when <paramref name="condition"/> does not hold.</summary>
    public static void That(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException(what);
        }
    }
}
