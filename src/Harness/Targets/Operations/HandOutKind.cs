namespace StressMaps.Harness.Targets.Operations;

/// <summary>What an operation hands its caller, which the caller may go on using after the call returned.</summary>
public enum HandOutKind
{
    /// <summary>Nothing to go on using: no value, or a single value.</summary>
    None,

    /// <summary>A dictionary (<c>IDictionary&lt;,&gt;</c>, <c>IReadOnlyDictionary&lt;,&gt;</c>, <c>IDictionary</c>): looked up by key, counted, enumerated.</summary>
    Dictionary,

    /// <summary>Any other collection (<c>IEnumerable</c>, arrays, sets, lists): searched, counted, enumerated.</summary>
    Collection,
}
