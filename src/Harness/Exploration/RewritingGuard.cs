using System.Reflection;
using Microsoft.Coyote.Rewriting;
using StressMaps.Maps;

namespace StressMaps.Harness.Exploration;

/// <summary>Refuses to explore assemblies that are not rewritten.</summary>
public static class RewritingGuard
{
    /// <summary>The assemblies the built-in scenarios run: the maps and this harness.</summary>
    public static IReadOnlyList<Assembly> BuiltInAssemblies { get; } =
        [typeof(IMap<,>).Assembly, typeof(RewritingGuard).Assembly];

    /// <summary>Whether <paramref name="assembly"/> carries Coyote's rewriting marks.</summary>
    public static bool IsRewritten(Assembly assembly) => RewritingEngine.IsAssemblyRewritten(assembly);

    /// <summary>Throws <see cref="NotRewrittenException"/> for the first assembly that is not rewritten.</summary>
    public static void EnsureRewritten(IEnumerable<Assembly> assemblies)
    {
        foreach (var assembly in assemblies)
        {
            if (!IsRewritten(assembly))
            {
                throw new NotRewrittenException(assembly.GetName().Name ?? assembly.FullName ?? "the assembly");
            }
        }
    }
}
