namespace StressMaps.Harness.Targets;

/// <summary>The ways a target's instances are made, in the order StressMaps prefers them.</summary>
public enum ConstructionKind
{
    /// <summary>The public static method the user named with <c>--factory Type.Method</c>.</summary>
    Factory,

    /// <summary>A public constructor whose parameters all take domain values.</summary>
    Constructor,

    /// <summary>A public static method of the type that returns it, its parameters all taking domain values.</summary>
    StaticFactory,

    /// <summary>The public parameterless constructor.</summary>
    Parameterless,

    /// <summary>A lambda a test handed <c>StressMapsTest.Explore</c>: only that test can call it again.</summary>
    Lambda,
}
