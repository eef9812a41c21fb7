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
    /// <summary>Inserts each run of instructions (ending in a call) before its instruction in <paramref name="method"/>.</summary>
    public static void Insert(MethodDefinition method, IReadOnlyList<(Instruction Before, Instruction[] Inserted)> insertions)
    {
        var body = method.Body;
        var points = method.DebugInformation.HasSequencePoints
            ? method.DebugInformation.GetSequencePointMapping()
            : new Dictionary<Instruction, SequencePoint>();
        var il = body.GetILProcessor();
        body.SimplifyMacros();
        foreach (var (before, inserted) in insertions)
        {
            var anchor = before;
            while (anchor.Previous is { OpCode.OpCodeType: OpCodeType.Prefix } prefix)
            {
                anchor = prefix;
            }

            foreach (var instruction in inserted)
            {
                il.InsertBefore(anchor, instruction);
            }

            var first = inserted[0];
            Retarget(body, anchor, first, inserted);
            if (points.Remove(anchor, out var point))
            {
                MovePoint(method.DebugInformation, point, first);
                points[first] = point;
            }
        }

        body.OptimizeMacros();
    }

    private static void Retarget(MethodBody body, Instruction from, Instruction to, Instruction[] inserted)
    {
        foreach (var instruction in body.Instructions)
        {
            if (!inserted.Contains(instruction) && instruction.Operand == from)
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
