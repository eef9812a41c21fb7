namespace StressMaps.Harness.Targets.Loading;

/// <summary>Thrown before exploring code that Coyote has not rewritten: it would report false deadlocks.</summary>
public sealed class NotRewrittenException(string assemblyName)
    : InvalidOperationException(
        $"{assemblyName} is not rewritten for Coyote, so every schedule would end in a false deadlock. " +
        "Build through the solution (dotnet build StressMaps.sln), which rewrites it, or run " +
        "'dotnet tool restore && dotnet coyote rewrite coyote.json' in the output folder.")
{
    /// <summary>The assembly that is not rewritten.</summary>
    public string AssemblyName { get; } = assemblyName;
}
