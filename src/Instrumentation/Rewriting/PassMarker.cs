using Mono.Cecil;

namespace StressMaps.Rewriting;

/// <summary>
/// The mark our pass leaves on an assembly: <c>[assembly: AssemblyMetadata("StressMaps.UnseenPass", "VERSION")]</c>,
/// a framework attribute, so the mark adds no reference and reflection reads it at run time.
/// </summary>
public static class PassMarker
{
    /// <summary>The metadata key.</summary>
    public const string Key = "StressMaps.UnseenPass";

    /// <summary>The version of our pass that passed <paramref name="assembly"/>, or null when it never did.</summary>
    public static int? VersionOf(AssemblyDefinition assembly) =>
        assembly.CustomAttributes
            .Where(attribute => attribute.AttributeType.FullName == "System.Reflection.AssemblyMetadataAttribute"
                && attribute.ConstructorArguments.Count == 2
                && attribute.ConstructorArguments[0].Value as string == Key)
            .Select(attribute => int.TryParse(attribute.ConstructorArguments[1].Value as string, out var version) ? version : 0)
            .Cast<int?>()
            .FirstOrDefault();

    /// <summary>The version of our pass that passed a loaded assembly, or null.</summary>
    public static int? VersionOf(System.Reflection.Assembly assembly) =>
        assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Where(attribute => attribute.Key == Key)
            .Select(attribute => int.TryParse(attribute.Value, out var version) ? version : 0)
            .Cast<int?>()
            .FirstOrDefault();

    internal static void Add(AssemblyDefinition assembly, int version)
    {
        var module = assembly.MainModule;
        var attributeType = new TypeReference("System.Reflection", "AssemblyMetadataAttribute", module, module.TypeSystem.CoreLibrary);
        var constructor = new MethodReference(".ctor", module.TypeSystem.Void, attributeType) { HasThis = true };
        constructor.Parameters.Add(new ParameterDefinition(module.TypeSystem.String));
        constructor.Parameters.Add(new ParameterDefinition(module.TypeSystem.String));
        var attribute = new CustomAttribute(module.ImportReference(constructor));
        attribute.ConstructorArguments.Add(new CustomAttributeArgument(module.TypeSystem.String, Key));
        attribute.ConstructorArguments.Add(new CustomAttributeArgument(module.TypeSystem.String, version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        assembly.CustomAttributes.Add(attribute);
    }
}
