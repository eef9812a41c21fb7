using Mono.Cecil;

namespace StressMaps.Rewriting;

/// <summary>
/// Our rewriting pass, run over assemblies Coyote has rewritten: it adds scheduling points where
/// Coyote's pass adds none, redirects the calls Coyote does not control to StressMaps.Controlled, and
/// records the primitives it cannot redirect. An assembly passed once carries <see cref="PassMarker"/>
/// and is never passed again.
/// </summary>
public static class UnseenPass
{
    /// <summary>The pass's version: part of the marker it leaves and of the rewritten-assembly cache key.</summary>
    public const int Version = 6;

    /// <summary>
    /// Passes each of <paramref name="assemblyFiles"/> in <paramref name="folder"/>, in place, and returns
    /// what it did; the calls it adds resolve to <paramref name="controlledAssemblyPath"/>. With
    /// <paramref name="footprintNotes"/>, each access also notes what it touches for the partial-order reduction:
    /// the build's pass over StressMaps' own assemblies; a user's assembly is explored without the reduction, and a
    /// note in its code would be cost without use (and, in a busy loop, worse: a hostile map's memory grew unbounded).
    /// </summary>
    public static PassReport Run(string folder, IReadOnlyList<string> assemblyFiles, string controlledAssemblyPath, bool footprintNotes)
    {
        using var controlled = ModuleDefinition.ReadModule(controlledAssemblyPath);
        var members = new ControlledMembers(controlled);
        var assemblies = assemblyFiles
            .Select(file => PassOne(Path.Combine(folder, file), members, footprintNotes))
            .ToList();
        return new PassReport(Version, assemblies);
    }

    private static AssemblyPass PassOne(string path, ControlledMembers members, bool footprintNotes)
    {
        var symbols = File.Exists(Path.ChangeExtension(path, ".pdb"));
        var module = ModuleDefinition.ReadModule(path, new ReaderParameters { InMemory = true, ReadSymbols = symbols });
        using (module)
        {
            var name = module.Assembly.Name.Name;
            if (PassMarker.VersionOf(module.Assembly) is { } version)
            {
                return new AssemblyPass(name, AlreadyPassed: true, version, 0, 0, []);
            }

            var rewriter = new ModuleRewriter(module, members, footprintNotes);
            rewriter.Rewrite();
            PassMarker.Add(module.Assembly, Version);

            // Write into a folder beside, then rename: a failed write never leaves half an assembly behind, and the
            // symbols keep the assembly's own file name, which is where the runtime looks for them.
            var staging = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(path)!, $".unseen-{Guid.NewGuid():N}")).FullName;
            try
            {
                var written = Path.Combine(staging, Path.GetFileName(path));
                module.Write(written, new WriterParameters { WriteSymbols = symbols });
                File.Move(written, path, overwrite: true);
                if (symbols)
                {
                    File.Move(Path.ChangeExtension(written, ".pdb"), Path.ChangeExtension(path, ".pdb"), overwrite: true);
                }
            }
            finally
            {
                Directory.Delete(staging, recursive: true);
            }

            return new AssemblyPass(name, AlreadyPassed: false, Version, rewriter.SchedulingPoints, rewriter.Redirected, rewriter.Unsupported)
            {
                FootprintUnknown = rewriter.FootprintUnknown,
            };
        }
    }
}
