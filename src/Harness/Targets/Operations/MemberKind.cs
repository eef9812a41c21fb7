namespace StressMaps.Harness.Targets.Operations;

/// <summary>What kind of member an operation calls.</summary>
public enum MemberKind
{
    /// <summary>A public instance method.</summary>
    Method,

    /// <summary>A property's getter (an indexer's too).</summary>
    Getter,

    /// <summary>A property's setter (an indexer's too).</summary>
    Setter,
}
