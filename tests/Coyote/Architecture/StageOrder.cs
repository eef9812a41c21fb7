using Mono.Cecil;

namespace StressMaps.Tests.Architecture;

/// <summary>
/// The rooms of src/Harness in the order data flows through them (src/Harness/README.md): a type may use
/// its own room and the rooms before it, never one after it.
/// </summary>
public static class StageOrder
{
    public static readonly IReadOnlyList<string> Rooms =
        ["Files", "Targets", "Scenarios", "Exploration", "Verdicts", "Oracles", "Bundles", "Measuring", "Reports", "Sessions"];

    /// <summary>The room a namespace under <paramref name="root"/> belongs to, or null outside it.</summary>
    public static string? RoomOf(string @namespace, string root)
    {
        if (!@namespace.StartsWith(root + ".", StringComparison.Ordinal)) return null;
        return @namespace[(root.Length + 1)..].Split('.')[0];
    }

    /// <summary>Every reference from a type under <paramref name="root"/> to a later room, as "from -> to (where)".</summary>
    public static IReadOnlyList<string> BackArrows(ModuleDefinition module, string root)
    {
        var arrows = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in module.Types)
        {
            if (RoomOf(type.Namespace, root) is not { } from) continue;
            foreach (var (@namespace, where) in TypeReferences.Of(type))
            {
                if (RoomOf(@namespace, root) is { } to && Position(to) > Position(from))
                    arrows.Add($"{from} -> {to}: {where} uses {@namespace}");
            }
        }

        return [.. arrows];
    }

    /// <summary>The namespaces under <paramref name="root"/> whose first part is no room.</summary>
    public static IReadOnlyList<string> Homeless(ModuleDefinition module, string root) =>
        module.Types.Select(type => type.Namespace)
            .Where(@namespace => RoomOf(@namespace, root) is { } room && Position(room) < 0)
            .Distinct().Order(StringComparer.Ordinal).ToList();

    private static int Position(string room) => Rooms.ToList().IndexOf(room);
}
