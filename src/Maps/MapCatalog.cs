namespace StressMaps.Maps;

/// <summary>One map variant the project ships, by the name users type.</summary>
/// <param name="Name">The kebab-case name used on the command line.</param>
/// <param name="Summary">One line on what it is and whether it is safe.</param>
/// <param name="Create">Makes a fresh, empty instance.</param>
public sealed record MapVariant(string Name, string Summary, Func<IMap<string, int>> Create);

/// <summary>The map variants, in the order the matrix shows them.</summary>
public static class MapCatalog
{
    /// <summary>Every variant: unsafe first, then the safe fixes, then the two that look safe and are not.</summary>
    public static IReadOnlyList<MapVariant> All { get; } =
    [
        new("unsafe", "plain Dictionary, hands out its internal dictionary (the bug)", () => new UnsafeMap<string, int>()),
        new("locked", "lock around a private Dictionary, hands out a read-only copy", () => new LockedMap<string, int>()),
        new("rwlocked", "readers-writer lock (Go's sync.RWMutex: atomic reader count, writers on a monitor) around a private Dictionary, hands out a read-only copy", () => new ReaderWriterMap<string, int>()),
        new("concurrent", "ConcurrentDictionary (Go's sync.Map), hands out a ToArray copy", () => new ConcurrentMap<string, int>()),
        new("immutable", "ImmutableDictionary behind a compare-and-swap loop, hands out the snapshot", () => new ImmutableMap<string, int>()),
        new("cow", "copy-on-write Dictionary: writers copy it under a lock and publish the copy; readers and snapshots take the published one, no lock", () => new CopyOnWriteMap<string, int>()),
        new("clone", "lock around a private Dictionary, hands out a deep clone", () => new CloneMap<string, int>()),
        new("readonly-view", "locked, but hands out a ReadOnlyDictionary over the live dictionary", () => new ReadOnlyViewMap<string, int>()),
        new("unlocked-clone", "locked, but copies the dictionary without the lock", () => new UnlockedCloneMap<string, int>()),
    ];

    /// <summary>Finds a variant by name, ignoring case.</summary>
    public static MapVariant? Find(string name) =>
        All.FirstOrDefault(variant => string.Equals(variant.Name, name, StringComparison.OrdinalIgnoreCase));
}
