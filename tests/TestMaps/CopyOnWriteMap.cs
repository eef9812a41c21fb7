using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace StressMaps.TestMaps;

/// <summary>Correct: readers read an immutable snapshot; writers replace it under a lock.</summary>
public sealed class CopyOnWriteMap<TKey, TValue> : MapBase<TKey, TValue>
    where TKey : notnull
{
    private readonly object _writeGate = new();
    private ImmutableDictionary<TKey, TValue> _current = ImmutableDictionary<TKey, TValue>.Empty;

    public override int Count => Volatile.Read(ref _current).Count;

    public override bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) =>
        Volatile.Read(ref _current).TryGetValue(key, out value);

    public override void Set(TKey key, TValue value) => Write(map => map.SetItem(key, value));

    public override void Add(TKey key, TValue value) => Write(map => map.Add(key, value));

    public override bool Remove(TKey key)
    {
        var removed = false;
        Write(map =>
        {
            removed = map.ContainsKey(key);
            return map.Remove(key);
        });
        return removed;
    }

    protected override IEnumerable<KeyValuePair<TKey, TValue>> Entries() => Volatile.Read(ref _current);

    private void Write(Func<ImmutableDictionary<TKey, TValue>, ImmutableDictionary<TKey, TValue>> change)
    {
        lock (_writeGate)
        {
            Volatile.Write(ref _current, change(_current));
        }
    }
}
