using System.Reflection;
using System.Runtime.Loader;

namespace StressMaps.Harness.Measuring.BugBenchmark;

/// <summary>One program of the benchmark of concurrency bugs: its buggy test, its correct twin, where it comes from and its depth.</summary>
/// <param name="Name">The class's name.</param>
/// <param name="Source">Where the pattern comes from, as the program says.</param>
/// <param name="Depth">Preemptions its smallest failing schedule needs, as the program says.</param>
/// <param name="Bug">The full name of the buggy test method.</param>
/// <param name="Twin">The full name of its correct twin.</param>
public sealed record BugProgram(string Name, string Source, int Depth, string Bug, string Twin)
{
    /// <summary>The attribute that marks a program (by name: the benchmark's assembly is read, not referenced).</summary>
    public const string AttributeName = "BugProgramAttribute";

    /// <summary>
    /// The programs in the assembly at <paramref name="path"/>, loaded as built (not rewritten) in a context of its
    /// own; <paramref name="loaded"/> is that assembly, which real-thread stress runs.
    /// </summary>
    public static IReadOnlyList<BugProgram> Read(string path, out Assembly loaded)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"the benchmark assembly '{path}' does not exist; build tests/ConcurrencyBugs first or name it with --assembly.");
        }

        loaded = new AssemblyLoadContext("stressmaps-bug-benchmark").LoadFromAssemblyPath(Path.GetFullPath(path));
        return loaded.GetExportedTypes()
            .Select(type => (Type: type, Marker: type.GetCustomAttributesData().FirstOrDefault(data => data.AttributeType.Name == AttributeName)))
            .Where(pair => pair.Marker is not null)
            .Select(pair => new BugProgram(
                pair.Type.Name,
                (string)pair.Marker!.ConstructorArguments[0].Value!,
                (int)pair.Marker.ConstructorArguments[1].Value!,
                $"{pair.Type.FullName}.Bug",
                $"{pair.Type.FullName}.Fixed"))
            .OrderBy(program => program.Depth)
            .ThenBy(program => program.Name, StringComparer.Ordinal)
            .ToList();
    }
}
