namespace StressMaps.Benchmarks.Single;

/// <summary>The primitive a map pays for on every read, by the name tables print.</summary>
/// <param name="Name">What the table calls it.</param>
/// <param name="Run">Uses it <see cref="BenchmarkData.OperationsPerInvoke"/> times.</param>
public sealed record ReadPrimitive(string Name, Func<Primitives, int> Run)
{
    /// <summary>Monitor enter and exit.</summary>
    public static ReadPrimitive LockPair { get; } = new("lock pair", primitives => primitives.LockPair());

    /// <summary>Two atomic operations around a volatile read.</summary>
    public static ReadPrimitive ReaderCountPair { get; } = new("reader-count pair", primitives => primitives.ReaderCountPair());

    /// <summary>One volatile read.</summary>
    public static ReadPrimitive VolatileRead { get; } = new("volatile read", primitives => primitives.VolatileRead());

    /// <summary>
    /// The primitive <paramref name="variant"/>'s read pays for, or null when it pays for none (the
    /// raw dictionary, frozen, and <c>unsafe</c>, whose extra cost is the interface call alone).
    /// </summary>
    public static ReadPrimitive? Of(string variant) => variant switch
    {
        "locked" or "clone" or "readonly-view" or "unlocked-clone" => LockPair,
        "rwlocked" => ReaderCountPair,
        "concurrent" or "immutable" or "cow" => VolatileRead,
        _ => null,
    };
}
