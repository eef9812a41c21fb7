using System.Reflection;
using StressMaps.Harness.Targets.Operations;

namespace StressMaps.Harness.Targets.Loading;

/// <summary>Names a construction records its declaring type by, and finds that type again beside the target.</summary>
internal static class TypeNames
{
    /// <summary>The full name of <paramref name="type"/>'s generic definition, or its own full name.</summary>
    public static string DefinitionName(Type type) =>
        (type.IsGenericType ? type.GetGenericTypeDefinition() : type).FullName ?? type.Name;

    /// <summary>
    /// The type <paramref name="name"/> names in <paramref name="target"/>'s assembly (by full or simple name); the
    /// target itself when the name is its own, and a generic definition closed over the target's type arguments.
    /// </summary>
    public static Type Resolve(Type target, string name)
    {
        if (name == DefinitionName(target) || name == target.FullName || name == CSharpName.Of(target) || name == target.Name)
        {
            return target;
        }

        var types = Exported(target.Assembly);
        var found = types.FirstOrDefault(type => type.FullName == name)
            ?? types.FirstOrDefault(type => type.FullName?.StartsWith(name + "`", StringComparison.Ordinal) == true)
            ?? types.FirstOrDefault(type => type.Name == name || (type.IsGenericTypeDefinition && type.Name.StartsWith(name + "`", StringComparison.Ordinal)))
            ?? throw new TargetRejectedException($"--factory names type '{name}', which {target.Assembly.GetName().Name} does not export");
        if (!found.IsGenericTypeDefinition)
        {
            return found;
        }

        try
        {
            return found.MakeGenericType(target.GetGenericArguments());
        }
        catch (ArgumentException)
        {
            throw new TargetRejectedException($"--factory names generic type '{name}', which cannot be closed over {CSharpName.Of(target)}'s type arguments");
        }
    }

    private static IReadOnlyList<Type> Exported(Assembly assembly)
    {
        try
        {
            return assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException error)
        {
            return error.Types.OfType<Type>().ToList();
        }
    }
}
