using Mono.Cecil;

namespace StressMaps.Rewriting;

/// <summary>
/// A type as a signature reads it, the same in every module: generic parameters by position
/// (<c>!!0</c>), so a reference in a user's module matches a definition in ours.
/// </summary>
internal static class Signatures
{
    public static string Of(TypeReference type) => type switch
    {
        GenericParameter parameter => (parameter.Type == GenericParameterType.Method ? "!!" : "!") + parameter.Position,
        ByReferenceType reference => Of(reference.ElementType) + "&",
        GenericInstanceType generic => $"{generic.ElementType.FullName}<{string.Join(",", generic.GenericArguments.Select(Of))}>",
        _ => type.FullName,
    };

    /// <summary>The parameter types of <paramref name="method"/> (of its generic definition, for an instance).</summary>
    public static IReadOnlyList<string> ParametersOf(MethodReference method) =>
        (method is GenericInstanceMethod instance ? instance.ElementMethod : method).Parameters
            .Select(parameter => Of(parameter.ParameterType))
            .ToList();
}
