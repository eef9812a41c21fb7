namespace StressMaps.Reduction;

/// <summary>
/// What one step (from a scheduling point to the next) may touch: nothing, one named object read or
/// written, or anything at all. Two steps of different operations are dependent, and so are explored
/// in both orders, unless their footprints provably do not overlap with a write.
/// </summary>
/// <param name="Reach">How much the step may touch.</param>
/// <param name="Target">The object a <see cref="FootprintReach.Object"/> step touches.</param>
/// <param name="Writes">Whether that step writes it.</param>
public readonly record struct Footprint(FootprintReach Reach, string? Target = null, bool Writes = false)
{
    /// <summary>A step that touches nothing shared (its ordering is kept by creation and enabling alone).</summary>
    public static Footprint Nothing { get; } = new(FootprintReach.Nothing);

    /// <summary>A step that may touch anything: dependent on every step that touches something.</summary>
    public static Footprint Anything { get; } = new(FootprintReach.Anything);

    /// <summary>A read of <paramref name="target"/>.</summary>
    public static Footprint Read(string target) => new(FootprintReach.Object, target, false);

    /// <summary>A write of <paramref name="target"/>.</summary>
    public static Footprint Write(string target) => new(FootprintReach.Object, target, true);

    /// <summary>Whether the two steps may not commute.</summary>
    public bool DependsOn(Footprint other) =>
        Reach != FootprintReach.Nothing && other.Reach != FootprintReach.Nothing
        && (Reach == FootprintReach.Anything || other.Reach == FootprintReach.Anything
            || (Target == other.Target && (Writes || other.Writes)));

    /// <inheritdoc/>
    public override string ToString() => Reach switch
    {
        FootprintReach.Nothing => "nothing",
        FootprintReach.Anything => "anything",
        _ => $"{(Writes ? "write" : "read")} {Target}",
    };
}

/// <summary>How much a step may touch.</summary>
public enum FootprintReach
{
    /// <summary>Nothing shared.</summary>
    Nothing,

    /// <summary>One named object.</summary>
    Object,

    /// <summary>Anything: the safe assumption when the step's accesses are not known.</summary>
    Anything,
}
