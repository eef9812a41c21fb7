using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace StressMaps.Harness.Targets.Operations;

/// <summary>
/// Whether a member writes its instance's (or its type's) state, read from its IL: it stores a field, calls a
/// writing member of a collection (<c>Add</c>, <c>Remove</c>, an indexer's setter, ...) or an <c>Interlocked</c>
/// update, itself, in the state machine of an <c>async</c> or iterator body, or in a method of its own type it calls.
/// </summary>
public static class StateWrites
{
    private const int MaxDepth = 3;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    private static readonly HashSet<string> Writers =
    [
        "Add", "AddOrUpdate", "AddRange", "Clear", "Enqueue", "Dequeue", "ExceptWith", "GetOrAdd", "Insert", "IntersectWith",
        "Pop", "Push", "Remove", "RemoveAll", "RemoveAt", "RemoveWhere", "set_Item", "SymmetricExceptWith", "TryAdd",
        "TryDequeue", "TryPop", "TryRemove", "TryTake", "TryUpdate", "UnionWith",
    ];

    /// <summary>Whether <paramref name="method"/> writes state, as far as its IL (and that of what it calls in its own type) shows.</summary>
    public static bool Of(MethodBase method) => Of(method, 0, []);

    private static bool Of(MethodBase method, int depth, HashSet<MethodBase> seen)
    {
        if (depth > MaxDepth || !seen.Add(method))
        {
            return false;
        }

        var machine = method.GetCustomAttribute<StateMachineAttribute>()?.StateMachineType;
        if (machine?.GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic) is { } moveNext
            && WritesOutsideTheMachine(moveNext, machine, method.DeclaringType, depth, seen))
        {
            return true;
        }

        return WritesOutsideTheMachine(method, machine, method.DeclaringType, depth, seen);
    }

    // A state machine stores its own fields (its state, its locals) on every step: only other fields are the instance's state.
    private static bool WritesOutsideTheMachine(MethodBase method, Type? machine, Type? owner, int depth, HashSet<MethodBase> seen)
    {
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (Exception error) when (error is InvalidOperationException or BadImageFormatException)
        {
            return false;
        }

        if (il is null)
        {
            return false;
        }

        var module = method.Module;
        var generics = (method.DeclaringType?.GetGenericArguments(), method.IsGenericMethod ? method.GetGenericArguments() : null);
        for (var offset = 0; offset < il.Length;)
        {
            var code = il[offset] == 0xFE && offset + 1 < il.Length ? OpCodesByValue[(short)(0xFE00 | il[offset + 1])] : OpCodesByValue[il[offset]];
            var operandAt = offset + code.Size;
            if ((code == OpCodes.Stfld || code == OpCodes.Stsfld) && Resolve(() => module.ResolveField(Token(il, operandAt), generics.Item1, generics.Item2)) is { } field
                && Definition(field.DeclaringType) != Definition(machine))
            {
                return true;
            }

            if ((code == OpCodes.Call || code == OpCodes.Callvirt) && Resolve(() => module.ResolveMethod(Token(il, operandAt), generics.Item1, generics.Item2)) is { } callee
                && (IsCollectionWriter(callee) || IsInterlockedUpdate(callee) || (Definition(callee.DeclaringType) == Definition(owner) && Of(callee, depth + 1, seen))))
            {
                return true;
            }

            offset = operandAt + OperandSize(code, il, operandAt);
        }

        return false;
    }

    // A generic class's state machine is generic too: its fields are declared on the closed type, the attribute names the open one.
    private static Type? Definition(Type? type) => type is { IsGenericType: true } ? type.GetGenericTypeDefinition() : type;

    private static bool IsCollectionWriter(MethodBase callee) =>
        Writers.Contains(callee.Name) && callee.DeclaringType?.Namespace is { } space
        && (space.StartsWith("System.Collections", StringComparison.Ordinal) || space.StartsWith("Microsoft.Coyote", StringComparison.Ordinal));

    private static bool IsInterlockedUpdate(MethodBase callee) =>
        callee.DeclaringType == typeof(Interlocked) && callee.Name != nameof(Interlocked.Read) && callee.Name != nameof(Interlocked.MemoryBarrier);

    private static int Token(byte[] il, int at) => BitConverter.ToInt32(il, at);

    private static T? Resolve<T>(Func<T?> resolve)
        where T : class
    {
        try
        {
            return resolve();
        }
        catch (Exception error) when (error is ArgumentException or BadImageFormatException or MissingMemberException or TypeLoadException or FileNotFoundException)
        {
            return null;
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
