using Mono.Cecil;
using Mono.Cecil.Cil;

namespace StressMaps.Rewriting;

/// <summary>
/// Which field loads and stores get a scheduling point from us: those Coyote 1.7.11's memory-access
/// pass skips (it visits neither accessors, constructors nor async state machines, and only
/// <c>ldfld</c>/<c>stfld</c>). Constructors and <c>init</c> accessors run before the object is shared;
/// a readonly field cannot race once constructed; a state machine's own fields belong to one call.
/// </summary>
internal static class FieldAccessPoints
{
    /// <summary>Whether <paramref name="instruction"/> in <paramref name="method"/> needs our scheduling point.</summary>
    public static bool Needs(MethodDefinition method, Instruction instruction)
    {
        if (instruction.Operand is not FieldReference field || method.IsConstructor)
        {
            return false;
        }

        var code = instruction.OpCode.Code;
        var isStatic = code is Code.Ldsfld or Code.Stsfld;
        if ((!isStatic && code is not (Code.Ldfld or Code.Stfld)) || (isStatic && IsCompilerCache(field)))
        {
            return false;
        }

        if (IsAsyncStateMachine(method.DeclaringType))
        {
            return method.Name == "MoveNext" && field.DeclaringType.GetElementType().FullName != method.DeclaringType.FullName && IsShared(field, code);
        }

        var inAccessor = (method.IsGetter || method.IsSetter) && !IsInitAccessor(method);
        return (inAccessor || isStatic) && IsShared(field, code);
    }

    private static bool IsShared(FieldReference field, Code code)
    {
        FieldDefinition? definition;
        try
        {
            definition = field.Resolve();
        }
        catch (AssemblyResolutionException)
        {
            return true;
        }

        var isLoad = code is Code.Ldfld or Code.Ldsfld;
        return definition is null
            || !((definition.IsInitOnly && isLoad) || definition.CustomAttributes.Any(attribute => attribute.AttributeType.Name == "ThreadStaticAttribute"));
    }

    // The compiler's lambda caches and private implementation details: written once, never shared state of the user's.
    private static bool IsCompilerCache(FieldReference field) =>
        field.DeclaringType.Name.StartsWith('<') && !field.Name.Contains("k__BackingField", StringComparison.Ordinal);

    private static bool IsAsyncStateMachine(TypeDefinition type) =>
        type.Interfaces.Any(implemented => implemented.InterfaceType.FullName == "System.Runtime.CompilerServices.IAsyncStateMachine");

    private static bool IsInitAccessor(MethodDefinition method) =>
        method.IsSetter && method.ReturnType is RequiredModifierType { ModifierType.FullName: "System.Runtime.CompilerServices.IsExternalInit" };
}
