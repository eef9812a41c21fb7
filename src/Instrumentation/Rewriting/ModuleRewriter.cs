using Mono.Cecil;
using Mono.Cecil.Cil;

namespace StressMaps.Rewriting;

/// <summary>Rewrites every method of one module: scheduling points, redirects, and a list of what stays uncontrolled.</summary>
internal sealed class ModuleRewriter(ModuleDefinition module, ControlledMembers members, bool footprintNotes)
{
    private readonly List<UnsupportedUse> _unsupported = [];
    private readonly FootprintNoteSites _notes = new(module, members.Module);

    public int SchedulingPoints { get; private set; }

    public int Redirected { get; private set; }

    public IReadOnlyList<UnsupportedUse> Unsupported => _unsupported.Distinct().ToList();

    public IReadOnlyList<string> FootprintUnknown => _notes.Anything.Distinct().ToList();

    public void Rewrite()
    {
        foreach (var method in module.GetTypes().SelectMany(type => type.Methods).Where(method => method.HasBody))
        {
            var insertions = new List<(Instruction, Instruction[])>();
            foreach (var instruction in method.Body.Instructions)
            {
                if (instruction.Operand is MethodReference callee && instruction.OpCode.FlowControl == FlowControl.Call)
                {
                    VisitCall(method, instruction, callee, insertions);
                }
                else if (FieldAccessPoints.Needs(method, instruction))
                {
                    insertions.Add((instruction, PointBefore(method, instruction)));
                }

                // Last, so a note sits right before its instruction, after any point the pass put there.
                if (footprintNotes && _notes.Before(method, instruction) is { } note)
                {
                    insertions.Add((instruction, note));
                }
            }

            if (insertions.Count > 0)
            {
                InstructionInsertion.Insert(method, insertions);
            }
        }
    }

    private void VisitCall(MethodDefinition method, Instruction instruction, MethodReference callee, List<(Instruction, Instruction[])> insertions)
    {
        if (CallRedirects.SyncCallName(callee) is { } sync)
        {
            // No scheduling point: only a replay that captures frames notes where the task waits or signals.
            insertions.Add((instruction, [Instruction.Create(OpCodes.Ldstr, sync), Instruction.Create(OpCodes.Call, module.ImportReference(members.NoteCall))]));
        }

        if (CallRedirects.IsCoyoteMemoryAccessPoint(callee) && FieldAfter(instruction) is { } accessed)
        {
            // Coyote's own point before a field access becomes ours, which names the field. The call stays
            // as a nop, so whatever branched to it still lands before the point.
            instruction.OpCode = OpCodes.Nop;
            instruction.Operand = null;
            insertions.Add((accessed, PointBefore(method, accessed)));
        }
        else if (CallRedirects.IsCheckedCollection(callee))
        {
            insertions.Add((instruction,
            [
                Instruction.Create(OpCodes.Ldstr, AccessSites.CollectionOf(callee)),
                Instruction.Create(OpCodes.Ldstr, AccessSites.Of(method, instruction)),
                Instruction.Create(AccessSites.Writes(callee) ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0),
                Instruction.Create(OpCodes.Call, module.ImportReference(members.Collection)),
            ]));
        }
        else if (instruction.OpCode.Code != Code.Newobj && CallRedirects.For(callee) is { } standIn)
        {
            Redirect(method, instruction, callee, standIn);
        }
        else if (CallRedirects.IsUncontrolled(callee))
        {
            NoteUnsupported(method, callee);
        }
    }

    // The field, where it is accessed and whether it is stored: what coverage counts (AccessSites).
    private Instruction[] PointBefore(MethodDefinition method, Instruction access)
    {
        SchedulingPoints++;
        var write = access.OpCode.Code is Code.Stfld or Code.Stsfld;
        return
        [
            Instruction.Create(OpCodes.Ldstr, FieldNames.Of((FieldReference)access.Operand)),
            Instruction.Create(OpCodes.Ldstr, AccessSites.Of(method, access)),
            Instruction.Create(write ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0),
            Instruction.Create(OpCodes.Call, module.ImportReference(members.InterleaveAt)),
        ];
    }

    // The field access Coyote's point stands before: the next instruction, past any prefix.
    private static Instruction? FieldAfter(Instruction point)
    {
        var next = point.Next;
        while (next is { OpCode.OpCodeType: OpCodeType.Prefix })
        {
            next = next.Next;
        }

        return next is { Operand: FieldReference } ? next : null;
    }

    private void Redirect(MethodDefinition method, Instruction instruction, MethodReference callee, StandIn standIn)
    {
        if (members.StandIn(standIn.Type, standIn.Name, standIn.Parameters) is not { } target)
        {
            if (!standIn.Optional)
            {
                NoteUnsupported(method, callee);
            }

            return;
        }

        MethodReference imported = module.ImportReference(target);
        if (callee is GenericInstanceMethod generic)
        {
            var instance = new GenericInstanceMethod(imported);
            foreach (var argument in generic.GenericArguments)
            {
                instance.GenericArguments.Add(argument);
            }

            imported = instance;
        }

        instruction.OpCode = OpCodes.Call;
        instruction.Operand = imported;
        Redirected++;
    }

    private void NoteUnsupported(MethodDefinition method, MethodReference callee)
    {
        var outermost = method.DeclaringType;
        while (outermost.DeclaringType is { } outer)
        {
            outermost = outer;
        }

        var member = callee.Name == ".ctor" ? "new" : callee.Name;
        _unsupported.Add(new UnsupportedUse(outermost.FullName, $"{method.DeclaringType.FullName}.{method.Name}", $"{callee.DeclaringType.FullName}.{member}"));
    }
}
