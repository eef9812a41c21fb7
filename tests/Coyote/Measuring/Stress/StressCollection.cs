namespace StressMaps.Tests.Measuring.Stress;

/// <summary>
/// Stress tests run alone: while any Coyote engine is alive in the process (another test class
/// exploring in parallel), the rewritten maps would get Coyote's checked collections.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StressCollection
{
    public const string Name = "real threads, no Coyote engine alive";
}
