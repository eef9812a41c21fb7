using StressMaps.Maps;

namespace StressMaps.Harness.Targets;

/// <summary>The project's own map variants as exploration targets.</summary>
public static class TargetCatalog
{
    /// <summary>
    /// Every built-in variant. The contract states what the map's own operations promise; the
    /// leaking variants break it through what they hand out, which is what the matrix shows.
    /// </summary>
    public static IReadOnlyList<Target> BuiltIn { get; } = MapCatalog.All
        .Select(variant => new Target(
            variant.Name,
            variant.Summary,
            variant.Name == "unsafe" ? ThreadSafetyContract.NotThreadSafe : ThreadSafetyContract.ThreadSafe,
            variant.Create))
        .ToList();

    /// <summary>Finds a built-in target by name, ignoring case.</summary>
    public static Target? Find(string name) =>
        BuiltIn.FirstOrDefault(target => string.Equals(target.Name, name, StringComparison.OrdinalIgnoreCase));
}
