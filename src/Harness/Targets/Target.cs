using StressMaps.Maps;

namespace StressMaps.Harness.Targets;

/// <summary>
/// Something StressMaps explores: a map (one of the project's variants or a user's map type), or a user's
/// class (<see cref="Class"/>). Each iteration of a map gets a fresh instance from <see cref="Create"/>;
/// a class makes its own (<see cref="ClassTarget.CreateInstance"/>).
/// </summary>
/// <param name="Name">The name tables and file names use.</param>
/// <param name="Summary">One line on what it is.</param>
/// <param name="Contract">What its author promises about concurrent calls.</param>
/// <param name="Create">Makes a fresh, empty map behind the map contract (a class target has none: it throws).</param>
public sealed record Target(string Name, string Summary, ThreadSafetyContract Contract, Func<IMap<string, int>> Create)
{
    /// <summary>
    /// Where a user's type came from; null for the built-in maps. A target with an origin is judged by its
    /// contract in every run of it: exploration, shrinking and replay alike.
    /// </summary>
    public TargetOrigin? Origin { get; init; }

    /// <summary>
    /// For a user's class that is not a map: its operation model and instances. Scenarios over it call its
    /// own operations (<see cref="Scenarios.OperationKind.Call"/>); <see cref="Create"/> is not used.
    /// </summary>
    public ClassTarget? Class { get; init; }

    /// <summary>For a user's type: how its instances are made (printed, stored in run.json and bundles, replayed); null for the built-in maps.</summary>
    public TargetConstruction? Construction { get; init; }

    /// <summary>For a user's concurrent test method: the method, which runs its own tasks; <see cref="Create"/> is not used.</summary>
    public ConcurrentTest? Test { get; init; }

    /// <summary>Whether the target offers an atomic update (checked on a fresh instance).</summary>
    public bool OffersAtomicUpdate => Class is null && Test is null && Create() is IAtomicUpdateMap<string, int>;

    /// <summary>
    /// The synchronization primitives the target's code calls that neither Coyote nor StressMaps' stand-ins
    /// control (as our rewriting pass found them); its cells are <c>unsupported</c> rather than explored.
    /// </summary>
    public IReadOnlyList<string> Uncontrolled { get; init; } = [];
}
