using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace StressMaps.Rewriting;

/// <summary>
/// Inserts a call before an instruction as if it had always been there: branches, switch tables and
/// exception-handler boundaries that pointed at the instruction point at the call, a prefix such as
/// <c>volatile.</c> stays attached to its instruction, and the instruction's sequence point moves to
/// the call, so the debugger and stack traces keep their lines.
/// </summary>
internal static class InstructionInsertion
{
    /// <summary>Inserts a call to each callee before its instruction in <paramref name="method"/>.</summary>
    public static void InsertCalls(MethodDefinition method, IReadOnlyList<(Instruction Before, MethodReference Callee)> calls)
    {
        var body = method.Body;
        var points = method.DebugInformation.HasSequencePoints
            ? method.DebugInformation.GetSequencePointMapping()
            : new Dictionary<Instruction, SequencePoint>();
        var il = body.GetILProcessor();
        body.SimplifyMacros();
        foreach (var (before, callee) in calls)
        {
            var anchor = before;
            while (anchor.Previous is { OpCode.OpCodeType: OpCodeType.Prefix } prefix)
            {
                anchor = prefix;
            }

            var call = il.Create(OpCodes.Call, method.Module.ImportReference(callee));
            il.InsertBefore(anchor, call);
            Retarget(body, anchor, call);
            if (points.Remove(anchor, out var point))
            {
                MovePoint(method.DebugInformation, point, call);
                points[call] = point;
            }
        }

        body.OptimizeMacros();
    }

    private static void Retarget(MethodBody body, Instruction from, Instruction to)
    {
        foreach (var instruction in body.Instructions)
        {
            if (instruction != to && instruction.Operand == from)
            {
                instruction.Operand = to;
            }
            else if (instruction.Operand is Instruction[] targets)
            {
                for (var i = 0; i < targets.Length; i++)
                {
                    targets[i] = targets[i] == from ? to : targets[i];
                }
            }
        }

        foreach (var handler in body.ExceptionHandlers)
        {
            handler.TryStart = handler.TryStart == from ? to : handler.TryStart;
            handler.TryEnd = handler.TryEnd == from ? to : handler.TryEnd;
            handler.HandlerStart = handler.HandlerStart == from ? to : handler.HandlerStart;
            handler.HandlerEnd = handler.HandlerEnd == from ? to : handler.HandlerEnd;
            handler.FilterStart = handler.FilterStart == from ? to : handler.FilterStart;
        }
    }

    private static void MovePoint(MethodDebugInformation debug, SequencePoint point, Instruction to)
    {
        var index = debug.SequencePoints.IndexOf(point);
        debug.SequencePoints[index] = new SequencePoint(to, point.Document)
        {
            StartLine = point.StartLine,
            StartColumn = point.StartColumn,
            EndLine = point.EndLine,
            EndColumn = point.EndColumn,
        };
    }
}
