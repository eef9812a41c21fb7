using System.Diagnostics.CodeAnalysis;

namespace StressMaps.TestMaps;

/// <summary>A dictionary behind one lock per call: the correct base the buggy maps vary.</summary>
public class LockedCoreMap<TKey, TValue> : MapBase<TKey, TValue>
    where TKey : notnull
{
    protected readonly object Gate = new();
    protected readonly Dictionary<TKey, TValue> Inner = [];

    public override int Count
    {
        get
        {
            lock (Gate)
            {
                return Inner.Count;
            }
        }
    }

    public override bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        lock (Gate)
        {
            return Inner.TryGetValue(key, out value);
        }
    }

    public override void Set(TKey key, TValue value)
    {
        lock (Gate)
        {
            Inner[key] = value;
        }
    }

    public override void Add(TKey key, TValue value)
    {
        lock (Gate)
        {
            Inner.Add(key, value);
        }
    }

    public override bool Remove(TKey key)
    {
        lock (Gate)
        {
            return Inner.Remove(key);
        }
    }

    protected override IEnumerable<KeyValuePair<TKey, TValue>> Entries()
    {
        lock (Gate)
        {
            return Inner.ToList();
        }
    }
}
