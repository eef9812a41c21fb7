namespace StressMaps.Reduction;

/// <summary>
/// Which footprint a step has, from the scheduling point it begins at. A step runs from that point
/// to the next one, so its footprint covers the point's own action and all code up to the next point:
/// it can be read off the point only when that code touches nothing shared except at points.
/// </summary>
public enum FootprintRules
{
    /// <summary>
    /// Every step may touch anything: no two steps commute, and the search explores exactly the
    /// schedules plain depth-first search does. Sound for any program; the default for every program
    /// whose code between points is not known to touch only what its points declare.
    /// </summary>
    Unknown,

    /// <summary>
    /// The program declares every access to state shared between running tasks at a point
    /// (<c>SchedulingPoint.Read(state)</c> or <c>Write(state)</c>), and touches nothing shared
    /// between points. Declared reads and writes touch their state; a lock acquisition and an
    /// unnamed point (<c>Interleave</c>, a collection check, a memory access) may touch anything;
    /// task creation, start, pause and completion touch nothing, their order being kept by the
    /// happens-before edges of creation and enabling.
    /// </summary>
    Declared,
}

/// <summary>Reads a step's footprint off its point under a set of <see cref="FootprintRules"/>.</summary>
public static class FootprintOf
{
    /// <summary>The footprint of the step <paramref name="pending"/> begins under <paramref name="rules"/>.</summary>
    public static Footprint Step(PendingStep pending, FootprintRules rules) => rules switch
    {
        FootprintRules.Declared => pending.Point switch
        {
            PointKind.Read when pending.State is { } state => Footprint.Read(state),
            PointKind.Write when pending.State is { } state => Footprint.Write(state),
            PointKind.Start or PointKind.Create or PointKind.ContinueWith or PointKind.Pause or PointKind.Complete or PointKind.Yield => Footprint.Nothing,
            _ => Footprint.Anything,
        },
        _ => Footprint.Anything,
    };
}
