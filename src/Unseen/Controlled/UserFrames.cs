using System.Diagnostics;
using System.Reflection;

namespace StressMaps.Controlled;

/// <summary>
/// The frames of a stack that belong to the user's code: the harness's, Coyote's and the framework's
/// are folded away. Each reads <c>Namespace.Type.Method (File.cs:line)</c>, the file and line where symbols exist.
/// </summary>
public static class UserFrames
{
    private static readonly string[] NotUser = ["System.", "Microsoft.", "StressMaps.Harness", "StressMaps.Controlled", "xunit", "mscorlib", "netstandard"];

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
        var assembly = method.DeclaringType?.Assembly.GetName().Name ?? "";
        return !NotUser.Any(prefix => assembly.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || assembly == prefix.TrimEnd('.'));
    }

    private static string Describe(StackFrame frame)
    {
        var method = frame.GetMethod()!;
        var name = $"{method.DeclaringType?.FullName?.Replace('+', '.')}.{method.Name}";
        var file = frame.GetFileName();
        return file is null ? name : $"{name} ({Path.GetFileName(file)}:{frame.GetFileLineNumber()})";
    }
}
