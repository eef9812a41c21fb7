using System.Diagnostics.CodeAnalysis;

namespace StressMaps.TestMaps;

/// <summary>Correct: each key's stripe has its own lock; whole-map reads take every lock in stripe order.</summary>
public sealed class StripedLockMap<TKey, TValue> : MapBase<TKey, TValue>
    where TKey : notnull
{
    private const int Stripes = 4;
    private readonly object[] _gates = Enumerable.Range(0, Stripes).Select(_ => new object()).ToArray();
    private readonly Dictionary<TKey, TValue>[] _stripes = Enumerable.Range(0, Stripes).Select(_ => new Dictionary<TKey, TValue>()).ToArray();

    public override int Count => UnderEveryLock(() => _stripes.Sum(stripe => stripe.Count));

    public override bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        var i = StripeOf(key);
        lock (_gates[i])
        {
            return _stripes[i].TryGetValue(key, out value);
        }
    }

    public override void Set(TKey key, TValue value)
    {
        var i = StripeOf(key);
        lock (_gates[i])
        {
            _stripes[i][key] = value;
        }
    }

    public override void Add(TKey key, TValue value)
    {
        var i = StripeOf(key);
        lock (_gates[i])
        {
            _stripes[i].Add(key, value);
        }
    }

    public override bool Remove(TKey key)
    {
        var i = StripeOf(key);
        lock (_gates[i])
        {
            return _stripes[i].Remove(key);
        }
    }

    protected override IEnumerable<KeyValuePair<TKey, TValue>> Entries() =>
        UnderEveryLock(() => _stripes.SelectMany(stripe => stripe).ToList());

    private static int StripeOf(TKey key) => (key.GetHashCode() & int.MaxValue) % Stripes;

    private T UnderEveryLock<T>(Func<T> read, int from = 0)
    {
        if (from == Stripes)
        {
            return read();
        }

        lock (_gates[from])
        {
            return UnderEveryLock(read, from + 1);
        }
    }
}
