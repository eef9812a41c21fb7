using StressMaps.Rewriting;

namespace StressMaps.Harness.Targets.Loading;

/// <summary>
/// The synchronization primitives a target's code calls that no one controls, as our pass recorded them:
/// calls made by the type itself, its nested types (lambdas, async methods) and its base types.
/// </summary>
public static class UncontrolledPrimitives
{
    /// <summary>The primitives <paramref name="type"/>'s code calls, by member, from <paramref name="report"/>.</summary>
    public static IReadOnlyList<string> Of(Type type, PassReport report)
    {
        var owners = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            owners.Add((current.IsGenericType ? current.GetGenericTypeDefinition() : current).FullName ?? "");
        }

        return report.Assemblies
            .SelectMany(assembly => assembly.Unsupported)
            .Where(use => owners.Contains(use.Type))
            .Select(use => use.Primitive)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
