using Mono.Cecil;
using Mono.Cecil.Cil;

namespace StressMaps.Rewriting;

/// <summary>
/// How the pass names the code site of an access for coverage and bug grouping: the method, and its source
/// line when the assembly has symbols (<c>LiveRegistry.Set (LiveRegistry.cs:13)</c>), else its IL offset.
/// A lambda or state machine is named by the method it was written in.
/// </summary>
internal static class AccessSites
{
    public static string Of(MethodDefinition method, Instruction instruction)
    {
        var outermost = method.DeclaringType;
        while (outermost.DeclaringType is { } outer)
        {
            outermost = outer;
        }

        var name = $"{Unticked(outermost.Name)}.{WrittenName(method)}";
        return LineOf(method, instruction) is { } line
            ? $"{name} ({Path.GetFileName(line.Document.Url)}:{line.StartLine})"
            : $"{name}+IL_{instruction.Offset:x4}";
    }

    /// <summary>Whether a call to <paramref name="callee"/>, a checked collection's member, changes the collection.</summary>
    public static bool Writes(MethodReference callee) => callee.Name switch
    {
        "Add" or "TryAdd" or "Remove" or "Clear" or "set_Item" or "TrimExcess" or "EnsureCapacity"
            or "AddOrUpdate" or "GetOrAdd" or "TryRemove" or "TryUpdate" or "Insert" or "RemoveAt" or "Push" or "Pop"
            or "Enqueue" or "Dequeue" or "TryDequeue" or "TryPop" or "UnionWith" or "ExceptWith" or "IntersectWith" => true,
        _ => false,
    };

    /// <summary>The collection a checked-collection call works on, named by its type: <c>Dictionary&lt;String,String&gt;</c>.</summary>
    public static string CollectionOf(MethodReference callee)
    {
        var type = callee.DeclaringType;
        var name = Unticked(type.Name);
        return type is GenericInstanceType generic
            ? $"{name}<{string.Join(",", generic.GenericArguments.Select(argument => argument.Name))}>"
            : name;
    }

    // A state machine's MoveNext (in <Set>d__3) and a lambda (<Get>b__0_0) are named by the method they were written in.
    private static string WrittenName(MethodDefinition method)
    {
        var generated = method.Name.StartsWith('<') ? method.Name : method.DeclaringType.Name.StartsWith('<') ? method.DeclaringType.Name : null;
        var close = generated?.IndexOf('>') ?? -1;
        return generated is not null && close > 1 ? generated[1..close] : method.Name;
    }

    private static string Unticked(string name) => name.IndexOf('`') is var tick and >= 0 ? name[..tick] : name;

    // The nearest sequence point at or before the instruction (the compiler marks statements, not each instruction).
    private static SequencePoint? LineOf(MethodDefinition method, Instruction instruction)
    {
        if (!method.DebugInformation.HasSequencePoints)
        {
            return null;
        }

        for (var current = instruction; current is not null; current = current.Previous)
        {
            if (method.DebugInformation.GetSequencePoint(current) is { IsHidden: false } point)
            {
                return point;
            }
        }

        return null;
    }
}
