using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Coyote.Rewriting;
using StressMaps.Maps;

namespace StressMaps.Harness.Targets.Loading;

/// <summary>Refuses to explore assemblies that are not rewritten.</summary>
public static class RewritingGuard
{
    /// <summary>The assemblies the built-in scenarios run: the maps and this harness.</summary>
    public static IReadOnlyList<Assembly> BuiltInAssemblies { get; } =
        [typeof(IMap<,>).Assembly, typeof(RewritingGuard).Assembly];

    // A loaded assembly never changes, so each is checked once: the check reads its attributes,
    // which cost about as much as setting up an engine, and compare sets up one engine per seed.
    private static readonly ConcurrentDictionary<Assembly, bool> Checked = new();

    /// <summary>Whether <paramref name="assembly"/> carries Coyote's rewriting marks.</summary>
    public static bool IsRewritten(Assembly assembly) => Checked.GetOrAdd(assembly, RewritingEngine.IsAssemblyRewritten);

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
