using System.Diagnostics;
using System.Reflection;

namespace StressMaps.Frames;

/// <summary>
/// The frames of a stack that belong to the user's code: the harness's, Coyote's and the framework's
/// are folded away, and so are the reflection stubs that call into it. Each reads as .NET prints a frame,
/// <c>Namespace.Type.Method(Type name) in /path/File.cs:line N</c>, the file and line where symbols exist.
/// </summary>
public static class UserFrames
{
    private static readonly string[] NotUser = ["System.", "Microsoft.", "StressMaps.Harness", "StressMaps.Controlled", "StressMaps.Frames", "xunit", "mscorlib", "netstandard"];

    /// <summary>The user's frames of <paramref name="trace"/>, innermost first.</summary>
    public static string[] Of(StackTrace trace) =>
        trace.GetFrames()
            .Where(frame => frame.GetMethod() is { } method && IsUser(method))
            .Select(Describe)
            .ToArray();

    /// <summary>The user's frames of <paramref name="error"/>'s stack, innermost first.</summary>
    public static string[] Of(Exception error) => Of(new StackTrace(error, fNeedFileInfo: true));

    private static bool IsUser(MethodBase method)
    {
        if (method.DeclaringType is null)
        {
            return false;
        }

        var assembly = method.DeclaringType.Assembly.GetName().Name ?? "";
        return !NotUser.Any(prefix => assembly.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || assembly == prefix.TrimEnd('.'));
    }

    private static string Describe(StackFrame frame)
    {
        var method = frame.GetMethod()!;
        var parameters = string.Join(", ", method.GetParameters().Select(parameter => $"{parameter.ParameterType.Name} {parameter.Name}"));
        var name = $"{method.DeclaringType!.FullName?.Replace('+', '.')}.{method.Name}({parameters})";
        var file = frame.GetFileName();
        return file is null ? name : $"{name} in {file}:line {frame.GetFileLineNumber()}";
    }
}
