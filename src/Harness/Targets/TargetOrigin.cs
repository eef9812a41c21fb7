namespace StressMaps.Harness.Targets;

/// <summary>Where a user's type came from, so a bundle can name it and replay can load it again.</summary>
/// <param name="AssemblyPath">The user's assembly as given (full path), or null for a framework type.</param>
/// <param name="TypeName">The type's full name (the generic definition's, for a generic type).</param>
/// <param name="RewrittenCacheKey">The key of the rewritten copy in the cache, or null for a framework type (not rewritten).</param>
public sealed record TargetOrigin(string? AssemblyPath, string TypeName, string? RewrittenCacheKey)
{
    /// <summary>True when the assembly itself was rewritten at build (a test project with StressMaps.Testing): replay loads it as it is.</summary>
    public bool RewrittenAtBuild { get; init; }
}
