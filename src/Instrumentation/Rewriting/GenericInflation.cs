using Mono.Cecil;

namespace StressMaps.Rewriting;

/// <summary>
/// A member's type as the calling code sees it: the generic parameters of the member's declaring type and
/// method replaced by the arguments of the reference (<c>Dictionary&lt;!0,!1&gt;.Add(!0, !1)</c> called as
/// <c>Dictionary&lt;string,int&gt;.Add</c> takes a string and an int). Needed to declare a local of that type.
/// </summary>
internal static class GenericInflation
{
    public static TypeReference Of(TypeReference type, TypeReference declaring, MethodReference? method) => type switch
    {
        GenericParameter { Type: GenericParameterType.Type } parameter when declaring is GenericInstanceType generic
            && parameter.Position < generic.GenericArguments.Count => generic.GenericArguments[parameter.Position],
        GenericParameter { Type: GenericParameterType.Method } parameter when method is GenericInstanceMethod generic
            && parameter.Position < generic.GenericArguments.Count => generic.GenericArguments[parameter.Position],
        ByReferenceType reference => new ByReferenceType(Of(reference.ElementType, declaring, method)),
        ArrayType array => new ArrayType(Of(array.ElementType, declaring, method), array.Rank),
        GenericInstanceType instance => Instance(instance, declaring, method),
        _ => type,
    };

    private static GenericInstanceType Instance(GenericInstanceType instance, TypeReference declaring, MethodReference? method)
    {
        var inflated = new GenericInstanceType(instance.ElementType);
        foreach (var argument in instance.GenericArguments)
        {
            inflated.GenericArguments.Add(Of(argument, declaring, method));
        }

        return inflated;
    }
}
