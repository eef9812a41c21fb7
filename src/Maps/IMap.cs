using System.Diagnostics.CodeAnalysis;

namespace StressMaps.Maps;

/// <summary>
/// The contract every map variant shares: the operations callers make on a map, plus the one the
/// project is about, <see cref="Snapshot"/>, which hands the whole map to a caller.
/// </summary>
/// <remarks>
/// Whether concurrent calls are safe is each variant's own contract, stated on the type. The
/// interface promises nothing about it: that is exactly what StressMaps explores.
/// </remarks>
public interface IMap<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
    where TKey : notnull
{
    /// <summary>Reads the value stored under <paramref name="key"/>.</summary>
    bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, adding or overwriting.</summary>
    void Set(TKey key, TValue value);

    /// <summary>Removes <paramref name="key"/>; false when it was absent.</summary>
    bool Remove(TKey key);

    /// <summary>The number of entries.</summary>
    int Count { get; }

    /// <summary>
    /// Hands the whole map to a caller. Whether the result is the live storage, a view of it, a copy
    /// or an immutable snapshot is the variant's contract; a caller that may write to it casts it to
    /// <see cref="IDictionary{TKey, TValue}"/> and checks <see cref="ICollection{T}.IsReadOnly"/>.
    /// </summary>
    IReadOnlyDictionary<TKey, TValue> Snapshot();
}

/// <summary>A map that can change one entry atomically, as one indivisible read-modify-write.</summary>
public interface IAtomicUpdateMap<TKey, TValue> : IMap<TKey, TValue>
    where TKey : notnull
{
    /// <summary>
    /// Stores <paramref name="addValue"/> when <paramref name="key"/> is absent, otherwise
    /// <c>update(key, current)</c>, with no other write to the key in between; returns the value stored.
    /// </summary>
    TValue AddOrUpdate(TKey key, TValue addValue, Func<TKey, TValue, TValue> update);
}
