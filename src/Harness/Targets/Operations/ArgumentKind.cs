namespace StressMaps.Harness.Targets.Operations;

/// <summary>The kinds of argument a target's operation may take: what a stored argument value is.</summary>
public enum ArgumentKind
{
    /// <summary>A <see cref="string"/>.</summary>
    String,

    /// <summary>A <see cref="bool"/>: <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>Any integer type (<c>int</c>, <c>long</c>, <c>byte</c>, ...), stored as invariant decimal text.</summary>
    Integer,

    /// <summary>A <see cref="char"/>, stored as a one-character string.</summary>
    Char,

    /// <summary>An enum value, stored by its member name.</summary>
    Enum,

    /// <summary><c>null</c>, for a nullable parameter.</summary>
    Null,
}
