using System.Text.RegularExpressions;

namespace StressMaps.Tests.Architecture;

public partial class HarnessFolderTests
{
    private const string Harness = "StressMaps.Harness.";

    [Fact]
    public void NoHarnessFolderImportsAnotherThatImportsItBack()
    {
        var imports = FolderImports();

        var cycles = imports.Keys.Select(folder => CycleFrom(folder, imports)).OfType<string>().Distinct().ToList();

        Assert.True(cycles.Count == 0, "folders that import each other: " + string.Join("; ", cycles));
    }

    [Fact]
    public void TheCheckSeesTheFoldersAndTheirImports()
    {
        var imports = FolderImports();

        // Guards the check itself: a parser that saw nothing would pass the test above.
        Assert.Contains("Shrinking", imports["Bundles"]);
        Assert.Contains("Verdicts", imports["Matrix"]);
        Assert.True(imports.Count >= 15, $"only {imports.Count} folders found");
    }

    /// <summary>Each top-level folder of src/Harness and the top-level folders its files name, by using or by full name.</summary>
    private static Dictionary<string, HashSet<string>> FolderImports()
    {
        var imports = new Dictionary<string, HashSet<string>>();
        foreach (var file in SourceTree.CSharpFiles("src/Harness"))
        {
            var code = File.ReadAllText(file);
            if (Namespace().Match(code) is not { Success: true } declared)
            {
                continue;
            }

            var folder = declared.Groups["folder"].Value;
            var named = Reference().Matches(code).Select(match => match.Groups["folder"].Value).Where(name => name != folder);
            imports.TryAdd(folder, []);
            imports[folder].UnionWith(named);
        }

        return imports;
    }

    /// <summary>A path that leads from <paramref name="start"/> back to it, or null.</summary>
    private static string? CycleFrom(string start, Dictionary<string, HashSet<string>> imports)
    {
        var path = new Stack<string>();
        var seen = new HashSet<string>();
        bool Visit(string folder)
        {
            path.Push(folder);
            foreach (var next in imports.GetValueOrDefault(folder, []))
            {
                if (next == start || (seen.Add(next) && Visit(next)))
                {
                    return true;
                }
            }

            path.Pop();
            return false;
        }

        return Visit(start) ? string.Join(" -> ", path.Reverse().Append(start)) : null;
    }

    [GeneratedRegex(@"^namespace StressMaps\.Harness\.(?<folder>\w+)", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"StressMaps\.Harness\.(?<folder>\w+)")]
    private static partial Regex Reference();
}
