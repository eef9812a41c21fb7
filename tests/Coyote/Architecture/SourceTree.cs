using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace StressMaps.Tests.Architecture;

/// <summary>The repository's source files, read as text: the architecture tests check what the code says, not what it does.</summary>
public static partial class SourceTree
{
    /// <summary>The repository root (found from this file's own path).</summary>
    public static string Root([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));

    /// <summary>The C# files under <paramref name="folder"/> (relative to the root), build output left out.</summary>
    public static IReadOnlyList<string> CSharpFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root(), folder), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The file's path relative to the root, with forward slashes.</summary>
    public static string Relative(string path) => Path.GetRelativePath(Root(), path).Replace('\\', '/');

    /// <summary>The string literals in <paramref name="code"/> (regular and verbatim; interpolations count as one literal).</summary>
    public static IEnumerable<string> StringLiterals(string code) =>
        Literal().Matches(code).Select(match => match.Groups["text"].Value);

    /// <summary><paramref name="code"/> with its line comments (XML docs included) blanked out.</summary>
    public static string WithoutComments(string code) => LineComment().Replace(code, "");

    [GeneratedRegex(@"^\s*//.*$", RegexOptions.Multiline)]
    private static partial Regex LineComment();

    [GeneratedRegex("(?<![\\w$@])\"(?<text>(?:[^\"\\\\\\n]|\\\\.)*)\"")]
    private static partial Regex Literal();
}
