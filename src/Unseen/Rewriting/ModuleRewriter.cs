using Mono.Cecil;
using Mono.Cecil.Cil;

namespace StressMaps.Rewriting;

/// <summary>Rewrites every method of one module: scheduling points, redirects, and a list of what stays uncontrolled.</summary>
internal sealed class ModuleRewriter(ModuleDefinition module, ControlledMembers members)
{
    private readonly List<UnsupportedUse> _unsupported = [];

    public int SchedulingPoints { get; private set; }

    public int Redirected { get; private set; }

    public IReadOnlyList<UnsupportedUse> Unsupported => _unsupported.Distinct().ToList();

    public void Rewrite()
    {
        foreach (var method in module.GetTypes().SelectMany(type => type.Methods).Where(method => method.HasBody))
        {
            var calls = new List<(Instruction, MethodReference)>();
            foreach (var instruction in method.Body.Instructions)
            {
                if (instruction.Operand is MethodReference callee && instruction.OpCode.FlowControl == FlowControl.Call)
                {
                    VisitCall(method, instruction, callee, calls);
                }
                else if (FieldAccessPoints.Needs(method, instruction))
                {
                    calls.Add((instruction, members.Interleave));
                    SchedulingPoints++;
                }
            }

            if (calls.Count > 0)
            {
                InstructionInsertion.InsertCalls(method, calls);
            }
        }
    }

    private void VisitCall(MethodDefinition method, Instruction instruction, MethodReference callee, List<(Instruction, MethodReference)> calls)
    {
        if (CallRedirects.IsCoyoteMemoryAccessPoint(callee))
        {
            // Coyote's own point before a field access: the same point, through our hook.
            instruction.Operand = module.ImportReference(members.Interleave);
            SchedulingPoints++;
        }
        else if (CallRedirects.IsCheckedCollection(callee))
        {
            calls.Add((instruction, members.Note));
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

    private void Redirect(MethodDefinition method, Instruction instruction, MethodReference callee, StandIn standIn)
    {
        if (members.StandIn(standIn.Type, standIn.Name, standIn.Parameters) is not { } target)
        {
            NoteUnsupported(method, callee);
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
