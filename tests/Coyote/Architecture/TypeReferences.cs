using Mono.Cecil;
using Mono.Cecil.Cil;

namespace StressMaps.Tests.Architecture;

/// <summary>
/// Every type a compiled type names: in its signatures, attributes, locals and the operands of its code,
/// nested and compiler-made types (lambdas, async state machines) included. Read from the IL, so a short
/// name, a full name and a name brought in by a using are all the same reference.
/// </summary>
public static class TypeReferences
{
    /// <summary>The namespaces <paramref name="type"/> (and its nested types) refer to, with one example member each.</summary>
    public static IEnumerable<(string Namespace, string Where)> Of(TypeDefinition type)
    {
        var found = new List<(string, string)>();
        void Add(TypeReference? reference, string where)
        {
            foreach (var named in Unwrap(reference))
            {
                found.Add((named.Namespace, where));
            }
        }

        Add(type.BaseType, type.FullName);
        foreach (var implemented in type.Interfaces) Add(implemented.InterfaceType, type.FullName);
        foreach (var attribute in type.CustomAttributes) AddAttribute(attribute, type.FullName);
        foreach (var field in type.Fields) Add(field.FieldType, field.FullName);
        foreach (var property in type.Properties) Add(property.PropertyType, property.FullName);
        foreach (var method in type.Methods)
        {
            Add(method.ReturnType, method.FullName);
            foreach (var parameter in method.Parameters) Add(parameter.ParameterType, method.FullName);
            foreach (var attribute in method.CustomAttributes) AddAttribute(attribute, method.FullName);
            if (!method.HasBody) continue;
            foreach (var local in method.Body.Variables) Add(local.VariableType, method.FullName);
            foreach (var instruction in method.Body.Instructions) AddOperand(instruction, method.FullName);
        }

        foreach (var nested in type.NestedTypes) found.AddRange(Of(nested));
        return found;

        void AddAttribute(CustomAttribute attribute, string where)
        {
            Add(attribute.AttributeType, where);
            foreach (var argument in attribute.ConstructorArguments) Add(argument.Value as TypeReference, where);
        }

        void AddOperand(Instruction instruction, string where)
        {
            switch (instruction.Operand)
            {
                case TypeReference named: Add(named, where); break;
                case FieldReference field: Add(field.DeclaringType, where); Add(field.FieldType, where); break;
                case MethodReference method:
                    Add(method.DeclaringType, where);
                    Add(method.ReturnType, where);
                    foreach (var parameter in method.Parameters) Add(parameter.ParameterType, where);
                    if (method is GenericInstanceMethod generic)
                        foreach (var argument in generic.GenericArguments) Add(argument, where);
                    break;
            }
        }
    }

    /// <summary>The named types inside arrays, by-refs, pointers and generic instances, outermost first.</summary>
    private static IEnumerable<TypeReference> Unwrap(TypeReference? reference)
    {
        switch (reference)
        {
            case null or GenericParameter: yield break;
            case GenericInstanceType generic:
                foreach (var inner in Unwrap(generic.ElementType)) yield return inner;
                foreach (var argument in generic.GenericArguments)
                    foreach (var inner in Unwrap(argument)) yield return inner;
                yield break;
            case TypeSpecification specification:
                foreach (var inner in Unwrap(specification.ElementType)) yield return inner;
                yield break;
            default:
                var outer = reference;
                while (outer.DeclaringType is not null) outer = outer.DeclaringType;
                yield return outer;
                yield break;
        }
    }
}
