using System.Reflection;
using System.Runtime.Loader;

namespace StressMaps.Harness.Targets.Loading;

/// <summary>
/// Loads a user's rewritten assemblies from the cache, apart from the host's: a user's assembly of the
/// same name as one already loaded cannot clash, and the framework, Coyote and StressMaps resolve to
/// the host's own copies, so the rewritten code talks to the same Coyote runtime that explores it.
/// </summary>
public sealed class RewrittenLoadContext(string folder)
    : AssemblyLoadContext($"stressmaps-user:{Path.GetFileName(folder)}", isCollectible: true)
{
    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is not { } name || RewrittenAssemblyCache.IsProvidedByHost(name))
        {
            return null;
        }

        var path = Path.Combine(folder, name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
