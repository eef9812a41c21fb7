namespace StressMaps.Reduction;

/// <summary>
/// Where a step's footprint comes from. A step runs from its scheduling point to the next one, so its
/// footprint covers the point's own action and all code up to the next point.
/// </summary>
public enum FootprintRules
{
    /// <summary>
    /// Every step may touch anything: no two steps commute, and the search explores exactly the
    /// schedules plain depth-first search does. Sound for any program.
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

    /// <summary>
    /// The program's rewritten code notes what each step touches as it runs (our pass, see
    /// <c>StressMaps.Frames.StepNotes</c>), and a call no note covers marks its step as touching anything:
    /// the footprint is what was observed between the step's point and the next, plus what a call noted just
    /// before the point touches after it, plus a declared read or write at the point.
    /// </summary>
    Observed,
}

/// <summary>What a step's point itself says it touches, under a set of <see cref="FootprintRules"/>.</summary>
public static class FootprintOf
{
    /// <summary>The footprint the point <paramref name="pending"/> waits at gives its step under <paramref name="rules"/>.</summary>
    public static Footprint Point(PendingStep pending, FootprintRules rules) => rules switch
    {
        FootprintRules.Unknown => Footprint.Anything,
        _ => pending.Point switch
        {
            PointKind.Read when pending.State is { } state => Footprint.Read(state),
            PointKind.Write when pending.State is { } state => Footprint.Write(state),
            PointKind.Start or PointKind.Create or PointKind.ContinueWith or PointKind.Pause or PointKind.Complete or PointKind.Yield => Footprint.Nothing,
            _ when rules == FootprintRules.Observed => Footprint.Nothing,
            _ => Footprint.Anything,
        },
    };
}
