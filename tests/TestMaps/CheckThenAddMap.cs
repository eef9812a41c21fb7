namespace StressMaps.TestMaps;

/// <summary>
/// BUG: <c>Add</c> checks <c>ContainsKey</c> under the lock, releases it, then inserts under it again.
/// Two concurrent <c>Add</c>s of one key can both pass the check and both succeed: not linearizable.
/// </summary>
public sealed class CheckThenAddMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    public override void Add(TKey key, TValue value)
    {
        if (ContainsKey(key))
        {
            throw new ArgumentException($"An item with the same key has already been added. Key: {key}");
        }

        Set(key, value);
    }
}
