namespace StressMaps.ConcurrencyBugs;

/// <summary>
/// Marks a benchmark program: a static class with a <c>Bug</c> test method that fails on some schedule and a
/// <c>Fixed</c> twin that passes on every one.
/// </summary>
/// <param name="source">Where the pattern comes from (SCTBench, JaConTeBe, or a .NET classic mistake).</param>
/// <param name="depth">Preemptions the smallest failing schedule needs.</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class BugProgramAttribute(string source, int depth) : Attribute
{
    /// <summary>Where the pattern comes from.</summary>
    public string Source { get; } = source;

    /// <summary>Preemptions the smallest failing schedule needs.</summary>
    public int Depth { get; } = depth;
}
