namespace StressMaps.TestMaps;

/// <summary>Rejected: no public parameterless constructor.</summary>
public sealed class SizedMap<TKey, TValue>(int capacity) : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    public int Capacity => capacity;
}

/// <summary>Rejected: its only constructor takes a clock, which no argument domain fills.</summary>
public sealed class ClockedMap<TKey, TValue>(TimeProvider clock) : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    public DateTimeOffset Now => clock.GetUtcNow();
}

/// <summary>Rejected: not a map at all.</summary>
public sealed class NotAMap
{
}

/// <summary>Rejected: its mutators throw <see cref="NotSupportedException"/>.</summary>
public sealed class FrozenMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    public override void Set(TKey key, TValue value) => throw new NotSupportedException("This map is read-only.");

    public override void Add(TKey key, TValue value) => throw new NotSupportedException("This map is read-only.");
}

/// <summary>Rejected: its constructor throws.</summary>
public sealed class ThrowingMap<TKey, TValue> : LockedCoreMap<TKey, TValue>
    where TKey : notnull
{
    public ThrowingMap() => throw new InvalidOperationException("no configuration found");
}
