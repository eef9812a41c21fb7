using System.Diagnostics.CodeAnalysis;

namespace StressMaps.TestMaps;

/// <summary>
/// Correct: every call under a C# 13 <c>lock</c> on a <see cref="System.Threading.Lock"/> field, which
/// compiles to <c>Lock.EnterScope</c>; Coyote does not control it, StressMaps' stand-in does.
/// </summary>
public class LockFieldMap<TKey, TValue> : MapBase<TKey, TValue>
    where TKey : notnull
{
    protected readonly Lock Gate = new();
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
        // The explicit Enter/Exit pair, as code written before C# 13 does.
        Gate.Enter();
        try
        {
            Inner.Add(key, value);
        }
        finally
        {
            Gate.Exit();
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
