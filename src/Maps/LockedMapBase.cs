using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace StressMaps.Maps;

/// <summary>
/// A private <see cref="Dictionary{TKey, TValue}"/> whose every own operation runs under one
/// <c>lock</c> (Monitor, which Coyote controls). Subclasses differ only in what
/// <see cref="Snapshot"/> hands out, which is where the safe and the subtly unsafe variants part.
/// </summary>
/// <remarks>
/// Thread-safety contract of the operations defined here: every call is atomic and linearizable;
/// enumeration walks a copy taken under the lock, so it never observes a concurrent write.
/// </remarks>
public abstract class LockedMapBase<TKey, TValue> : IAtomicUpdateMap<TKey, TValue>
    where TKey : notnull
{
    /// <summary>The lock that guards <see cref="Entries"/>.</summary>
    protected object Gate { get; } = new();

    /// <summary>The storage; touch it only while holding <see cref="Gate"/>, unless you mean to show the bug.</summary>
    protected Dictionary<TKey, TValue> Entries { get; } = new();

    /// <inheritdoc />
    public int Count
    {
        get
        {
            lock (Gate)
            {
                return Entries.Count;
            }
        }
    }

    /// <inheritdoc />
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        lock (Gate)
        {
            return Entries.TryGetValue(key, out value);
        }
    }

    /// <inheritdoc />
    public void Set(TKey key, TValue value)
    {
        lock (Gate)
        {
            Entries[key] = value;
        }
    }

    /// <inheritdoc />
    public bool Remove(TKey key)
    {
        lock (Gate)
        {
            return Entries.Remove(key);
        }
    }

    /// <inheritdoc />
    public TValue AddOrUpdate(TKey key, TValue addValue, Func<TKey, TValue, TValue> update)
    {
        lock (Gate)
        {
            var next = Entries.TryGetValue(key, out var current) ? update(key, current) : addValue;
            Entries[key] = next;
            return next;
        }
    }

    /// <inheritdoc />
    public abstract IReadOnlyDictionary<TKey, TValue> Snapshot();

    /// <summary>Enumerates a copy taken under the lock: a lock cannot be held across <c>yield</c>.</summary>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => CopyUnderLock().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A shallow copy of the storage, taken while holding the lock.</summary>
    protected Dictionary<TKey, TValue> CopyUnderLock()
    {
        lock (Gate)
        {
            return new Dictionary<TKey, TValue>(Entries);
        }
    }
}
