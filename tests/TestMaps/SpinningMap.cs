using System.Diagnostics.CodeAnalysis;

namespace StressMaps.TestMaps;

/// <summary>
/// BUG: a hand-made reader/writer flag pair. A writer announces itself then spins until no reader is
/// in; a reader announces itself then spins until no writer is in. A concurrent read and write each
/// wait for the other forever.
/// </summary>
public sealed class SpinningMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    private int _readers;
    private int _writers;

    public override bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        Interlocked.Increment(ref _readers);
        while (Volatile.Read(ref _writers) > 0)
        {
        }

        var found = base.TryGetValue(key, out value);
        Interlocked.Decrement(ref _readers);
        return found;
    }

    public override void Set(TKey key, TValue value)
    {
        Interlocked.Increment(ref _writers);
        while (Volatile.Read(ref _readers) > 0)
        {
        }

        base.Set(key, value);
        Interlocked.Decrement(ref _writers);
    }
}
