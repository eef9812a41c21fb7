namespace StressMaps.Harness.Targets;

/// <summary>
/// The <see cref="IDictionary{TKey, TValue}"/> operations a map target offers beyond the project's map
/// contract, so scenarios over a user's dictionary can call them as its callers would.
/// </summary>
public interface IDictionaryOperations
{
    /// <summary>Adds <paramref name="value"/> under <paramref name="key"/>; throws <see cref="ArgumentException"/> when the key is present.</summary>
    void Add(string key, int value);

    /// <summary>Whether the map holds <paramref name="key"/>.</summary>
    bool ContainsKey(string key);
}
