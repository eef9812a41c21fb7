using System.Diagnostics.CodeAnalysis;

namespace StressMaps.TestMaps;

/// <summary>
/// Correct: reads under the read lock of a <see cref="ReaderWriterLockSlim"/>, writes under its write
/// lock, and <c>Add</c> checks under an upgradeable read lock before it upgrades. Coyote does not
/// control <see cref="ReaderWriterLockSlim"/>; StressMaps' stand-in does.
/// </summary>
public class ReaderWriterLockMap<TKey, TValue> : MapBase<TKey, TValue>
    where TKey : notnull
{
    protected readonly ReaderWriterLockSlim Gate = new();
    protected readonly Dictionary<TKey, TValue> Inner = [];

    public override int Count => Read(() => Inner.Count);

    public override bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        Gate.EnterReadLock();
        try
        {
            return Inner.TryGetValue(key, out value);
        }
        finally
        {
            Gate.ExitReadLock();
        }
    }

    public override void Set(TKey key, TValue value) => Write(() => Inner[key] = value);

    public override void Add(TKey key, TValue value)
    {
        Gate.EnterUpgradeableReadLock();
        try
        {
            if (Inner.ContainsKey(key))
            {
                throw new ArgumentException($"An item with the same key has already been added. Key: {key}", nameof(key));
            }

            Write(() => Inner.Add(key, value));
        }
        finally
        {
            Gate.ExitUpgradeableReadLock();
        }
    }

    public override bool Remove(TKey key) => Write(() => Inner.Remove(key));

    protected override IEnumerable<KeyValuePair<TKey, TValue>> Entries() => Read(() => Inner.ToList());

    private T Read<T>(Func<T> read)
    {
        Gate.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            Gate.ExitReadLock();
        }
    }

    private T Write<T>(Func<T> write)
    {
        Gate.EnterWriteLock();
        try
        {
            return write();
        }
        finally
        {
            Gate.ExitWriteLock();
        }
    }

    private void Write(Action write) => Write(() =>
    {
        write();
        return true;
    });
}
