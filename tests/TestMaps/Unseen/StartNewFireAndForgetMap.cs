namespace StressMaps.TestMaps;

/// <summary>
/// BUG: correct under its lock, but each write starts an audit task (Task.Factory.StartNew) nobody awaits, and the audit
/// throws when it finds the map with more than one entry. No caller ever sees that exception.
/// </summary>
public sealed class StartNewFireAndForgetMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    public override void Set(TKey key, TValue value)
    {
        base.Set(key, value);
        _ = Task.Factory.StartNew(Audit);
    }

    public override void Add(TKey key, TValue value)
    {
        base.Add(key, value);
        _ = Task.Factory.StartNew(Audit);
    }

    private void Audit()
    {
        if (Count > 1)
        {
            throw new InvalidOperationException("audit log full");
        }
    }
}
