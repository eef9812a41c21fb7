using Mono.Cecil;
using Mono.Cecil.Cil;

namespace StressMaps.Rewriting;

/// <summary>
/// Where the pass notes what a step touches, for the partial-order reduction: before each field access the
/// object (or the static field's name), before each call into a checked collection or a lock the object it
/// works on (noted as carried: its work runs after the call's scheduling point), before a delegate call the
/// delegate, before <c>MoveNext</c> on a framework enumerator the enumerator, and before any other call out of
/// the module that is not known to touch nothing shared, "anything". A readonly field's load is not noted
/// (it cannot change once the object is shared); struct fields are reached through a noted field or a local.
/// </summary>
internal sealed class FootprintNoteSites(ModuleDefinition module, ModuleDefinition controlled)
{
    private readonly TypeDefinition _notes = controlled.GetType("StressMaps.Controlled.FootprintNotes")
        ?? throw new InvalidOperationException($"{controlled.FileName} has no StressMaps.Controlled.FootprintNotes.");

    // Framework types whose members touch nothing a task shares (or only what their arguments, noted elsewhere, hold).
    private static readonly string[] Untouching =
    [
        "System.Object", "System.String", "System.Math", "System.Collections.Generic.KeyValuePair`2", "System.Collections.Generic.EqualityComparer`1",
        "System.Runtime.CompilerServices.RuntimeHelpers", "System.ArgumentNullException", "System.ArgumentException",
        "System.InvalidOperationException", "System.ArgumentOutOfRangeException", "System.NotSupportedException", "System.Collections.Generic.KeyNotFoundException",
        "System.Threading.Interlocked", "System.Threading.Volatile", "Microsoft.Coyote.Runtime.SchedulingPoint", "Microsoft.Coyote.Runtime.Operation",
        "Microsoft.Coyote.Rewriting.Types.Threading.Interlocked", "Microsoft.Coyote.Rewriting.Types.Threading.Volatile",
        "StressMaps.Controlled.FieldAccess", "StressMaps.Controlled.FootprintNotes",
    ];

    /// <summary>Sites noted as "anything": what a footprint could not name, for the pass's report.</summary>
    public List<string> Anything { get; } = [];

    /// <summary>The instructions to insert before <paramref name="instruction"/> in <paramref name="method"/>, or null.</summary>
    public Instruction[]? Before(MethodDefinition method, Instruction instruction)
    {
        return instruction.OpCode.Code switch
        {
            Code.Ldfld or Code.Stfld or Code.Ldflda => FieldNote(method, instruction, (FieldReference)instruction.Operand),
            Code.Ldsfld or Code.Stsfld or Code.Ldsflda => StaticNote(instruction, (FieldReference)instruction.Operand),
            Code.Call or Code.Callvirt or Code.Newobj when instruction.Operand is MethodReference callee => CallNote(method, instruction, callee),
            Code.Ldelem_Any or Code.Ldelem_I or Code.Ldelem_I1 or Code.Ldelem_I2 or Code.Ldelem_I4 or Code.Ldelem_I8 or Code.Ldelem_R4 or Code.Ldelem_R8
                or Code.Ldelem_Ref or Code.Ldelem_U1 or Code.Ldelem_U2 or Code.Ldelem_U4 or Code.Ldelema or Code.Stelem_Any or Code.Stelem_I
                or Code.Stelem_I1 or Code.Stelem_I2 or Code.Stelem_I4 or Code.Stelem_I8 or Code.Stelem_R4 or Code.Stelem_R8 or Code.Stelem_Ref
                or Code.Calli => AnythingAt(method, instruction.OpCode.Name),
            _ => null,
        };
    }

    private Instruction[]? FieldNote(MethodDefinition method, Instruction instruction, FieldReference field)
    {
        var definition = Resolve(field);
        if (field.DeclaringType.IsValueType || definition?.DeclaringType.IsValueType == true
            || (instruction.OpCode.Code == Code.Ldfld && definition is { IsInitOnly: true }))
        {
            return null;
        }

        var write = instruction.OpCode.Code == Code.Stfld || (instruction.OpCode.Code == Code.Ldflda && !IsReadThroughAddress(instruction));
        var note = Call(instruction.OpCode.Code != Code.Ldflda ? "Field" : IntoCoyoteAtomic(instruction) ? "FieldAfterPoint" : "FieldAddress", 3);
        var name = Instruction.Create(OpCodes.Ldstr, FieldNames.Of(field));
        if (instruction.OpCode.Code != Code.Stfld)
        {
            return [Instruction.Create(OpCodes.Dup), name, Bool(write), Instruction.Create(OpCodes.Call, note)];
        }

        var value = new VariableDefinition(module.ImportReference(GenericInflation.Of(field.FieldType, field.DeclaringType, null)));
        method.Body.Variables.Add(value);
        return
        [
            Instruction.Create(OpCodes.Stloc, value), Instruction.Create(OpCodes.Dup), name, Bool(true),
            Instruction.Create(OpCodes.Call, note), Instruction.Create(OpCodes.Ldloc, value),
        ];
    }

    private Instruction[] StaticNote(Instruction instruction, FieldReference field) =>
    [
        Instruction.Create(OpCodes.Ldstr, FieldNames.Of(field)),
        Bool(instruction.OpCode.Code == Code.Stsfld || (instruction.OpCode.Code == Code.Ldsflda && !IsReadThroughAddress(instruction))),
        Instruction.Create(OpCodes.Call, Call("Static", 2)),
    ];

    private Instruction[]? CallNote(MethodDefinition method, Instruction instruction, MethodReference callee)
    {
        var type = callee.DeclaringType;
        if (type.GetElementType().Scope == module || IsDelegateConstruction(instruction, callee))
        {
            return null;
        }

        var name = type.GetElementType().FullName;
        if (CallRedirects.IsCheckedCollection(callee))
        {
            // Create makes a new collection: only a collection it copies from is read.
            return callee.Name == "Create" && (callee.Parameters.Count == 0 || Inflated(callee, 0).IsValueType)
                ? null
                : callee.HasThis || callee.Parameters.Count == 0
                ? AnythingAt(method, name + "." + callee.Name)
                : SpillAndNoteFirst(method, callee, "Call", callee.Name != "Create" && AccessSites.Writes(callee));
        }

        // Interlocked and Volatile take a field's address, noted where it is taken (ldflda, as a carried write).
        if (IsFreshObject(instruction, callee, name) || (name == "System.Collections.Generic.Dictionary`2" && callee.Name == "get_Comparer"))
        {
            return null;
        }

        if (name is "System.Threading.Monitor" or "Microsoft.Coyote.Rewriting.Types.Threading.Monitor" || CallRedirects.SyncCallName(callee) is not null
            || name.StartsWith("StressMaps.Controlled.Controlled", StringComparison.Ordinal))
        {
            // Taking a lock happens after the point in the call; leaving one happens now; a wait or a signal does both.
            var (note, write) = callee.Name.StartsWith("Enter", StringComparison.Ordinal) || callee.Name.StartsWith("TryEnter", StringComparison.Ordinal)
                ? ("Acquire", (bool?)null)
                : callee.Name.StartsWith("Exit", StringComparison.Ordinal) ? ("Release", null) : ("Call", true);
            return callee.HasThis || callee.Parameters.Count == 0 ? AnythingAt(method, name + "." + callee.Name) : SpillAndNoteFirst(method, callee, note, write);
        }

        if (callee.Name == "Invoke" && callee.HasThis && IsDelegate(type))
        {
            return SpillAndNoteFirst(method, callee, "Delegate", null);
        }

        if (callee.Name is "MoveNext" or "get_Current" or "Dispose" && callee.HasThis && callee.Parameters.Count == 0 && IsEnumerator(name))
        {
            return EnumeratorNote(instruction, type, callee);
        }

        if (Untouching.Contains(name) || IsImmutableRead(name, callee))
        {
            return null;
        }

        return AnythingAt(method, name + "." + callee.Name);
    }

    // Spills a static call's arguments to locals, notes the first (the instance a wrapper works on), and loads them back.
    private Instruction[]? SpillAndNoteFirst(MethodDefinition method, MethodReference callee, string note, bool? write)
    {
        var types = new List<TypeReference>();
        if (callee.HasThis)
        {
            types.Add(callee.DeclaringType);
        }

        types.AddRange(callee.Parameters.Select(parameter => GenericInflation.Of(parameter.ParameterType, callee.DeclaringType, callee)));
        if (types.Count == 0 || types[0].IsValueType || types[0] is ByReferenceType or GenericParameter)
        {
            return AnythingAt(method, callee.DeclaringType.Name + "." + callee.Name);
        }

        var locals = types.Select(type => new VariableDefinition(module.ImportReference(type))).ToList();
        locals.ForEach(method.Body.Variables.Add);
        var instructions = new List<Instruction>();
        for (var i = locals.Count - 1; i >= 0; i--)
        {
            instructions.Add(Instruction.Create(OpCodes.Stloc, locals[i]));
        }

        instructions.Add(Instruction.Create(OpCodes.Ldloc, locals[0]));
        if (write is { } writes)
        {
            instructions.Add(Bool(writes));
        }

        instructions.Add(Instruction.Create(OpCodes.Call, Call(note, write is null ? 1 : 2)));
        instructions.AddRange(locals.Select(local => Instruction.Create(OpCodes.Ldloc, local)));
        return [.. instructions];
    }

    private Instruction[] AnythingAt(MethodDefinition method, string what)
    {
        Anything.Add($"{method.DeclaringType.FullName}.{method.Name}: {what}");
        return [Instruction.Create(OpCodes.Call, Call("Anything", 0))];
    }

    private MethodReference Call(string name, int parameters) =>
        module.ImportReference(_notes.Methods.Single(method => method.Name == name && method.Parameters.Count == parameters));

    private static Instruction Bool(bool value) => Instruction.Create(value ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);

    // Coyote's Interlocked and Volatile reach a scheduling point before they touch the field (their race checks are on in
    // every configuration StressMaps builds): an address that flows straight into one, no branch and no other call between,
    // is touched after that point.
    private static bool IntoCoyoteAtomic(Instruction address)
    {
        for (var next = address.Next; next is not null; next = next.Next)
        {
            if (next.OpCode.FlowControl is FlowControl.Call)
            {
                return next.Operand is MethodReference { DeclaringType.FullName: "Microsoft.Coyote.Rewriting.Types.Threading.Interlocked" or "Microsoft.Coyote.Rewriting.Types.Threading.Volatile" };
            }

            if (next.OpCode.FlowControl is not FlowControl.Next)
            {
                return false;
            }
        }

        return false;
    }

    // A field's address handed straight to Volatile.Read is only read through.
    private static bool IsReadThroughAddress(Instruction address) =>
        address.Next is { OpCode.FlowControl: FlowControl.Call, Operand: MethodReference { Name: "Read" } read }
        && read.DeclaringType.Name == "Volatile" && read.Parameters.Count == 1;

    private static FieldDefinition? Resolve(FieldReference field)
    {
        try
        {
            return field.Resolve();
        }
        catch (AssemblyResolutionException)
        {
            return null;
        }
    }

    // A framework object made from values only (or a read-only wrapper that keeps the reference it is given): new, so no one else touches it.
    private static bool IsFreshObject(Instruction instruction, MethodReference callee, string name) =>
        instruction.OpCode.Code == Code.Newobj
        && (name == "System.Collections.ObjectModel.ReadOnlyDictionary`2"
            || callee.Parameters.All(parameter => parameter.ParameterType.IsValueType && parameter.ParameterType is not GenericParameter));

    private static bool IsDelegate(TypeReference type)
    {
        try
        {
            return type.Resolve()?.BaseType?.FullName == "System.MulticastDelegate";
        }
        catch (AssemblyResolutionException)
        {
            return false;
        }
    }

    private static bool IsDelegateConstruction(Instruction instruction, MethodReference callee) =>
        instruction.OpCode.Code == Code.Newobj && IsDelegate(callee.DeclaringType);

    // An immutable collection's own members read only what never changes; its builders and its interlocked helpers are not that.
    private static bool IsImmutableRead(string name, MethodReference callee) =>
        name.StartsWith("System.Collections.Immutable.Immutable", StringComparison.Ordinal)
        && !name.Contains("Builder", StringComparison.Ordinal) && !name.Contains("Interlocked", StringComparison.Ordinal)
        && !callee.Parameters.Any(parameter => IsDelegate(parameter.ParameterType));

    private static bool IsEnumerator(string name) =>
        name.EndsWith("/Enumerator", StringComparison.Ordinal) || name is "System.Collections.Generic.IEnumerator`1" or "System.Collections.IEnumerator" or "System.IDisposable";

    // The enumerator, boxed when it is a struct (a constrained call's type, or the struct enumerator itself), goes to the note.
    // A struct enumerator's Current and Dispose read what its MoveNext copied out.
    private Instruction[]? EnumeratorNote(Instruction instruction, TypeReference type, MethodReference callee)
    {
        var constrained = instruction.Previous is { OpCode.Code: Code.Constrained, Operand: TypeReference target } ? target : null;
        var structType = constrained ?? (type.IsValueType ? type : null);
        if (structType is null)
        {
            return [Instruction.Create(OpCodes.Dup), Instruction.Create(OpCodes.Call, Call("Enumerator", 1))];
        }

        if (callee.Name != "MoveNext" && constrained is null)
        {
            return null;
        }

        return [Instruction.Create(OpCodes.Dup), Instruction.Create(OpCodes.Ldobj, structType), Instruction.Create(OpCodes.Box, structType), Instruction.Create(OpCodes.Call, Call("Enumerator", 1))];
    }

    private static TypeReference Inflated(MethodReference callee, int parameter) =>
        GenericInflation.Of(callee.Parameters[parameter].ParameterType, callee.DeclaringType, callee);
}
