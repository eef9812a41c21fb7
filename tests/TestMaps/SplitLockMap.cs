using System.Diagnostics.CodeAnalysis;

namespace StressMaps.TestMaps;

/// <summary>BUG: writes lock one object and reads another, so a read runs inside a write.</summary>
public sealed class SplitLockMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    private readonly object _readGate = new();

    public override int Count
    {
        get
        {
            lock (_readGate)
            {
                return Inner.Count;
            }
        }
    }

    public override bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        lock (_readGate)
        {
            return Inner.TryGetValue(key, out value);
        }
    }

    protected override IEnumerable<KeyValuePair<TKey, TValue>> Entries()
    {
        lock (_readGate)
        {
            return Inner.ToList();
        }
    }
}
