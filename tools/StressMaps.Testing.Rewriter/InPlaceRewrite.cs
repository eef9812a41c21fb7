using StressMaps.Harness.Targets.Loading;

namespace StressMaps.Testing.Rewriter;

/// <summary>Rewrites assemblies of a folder into a scratch folder, then moves each back over its original.</summary>
public static class InPlaceRewrite
{
    /// <summary>Rewrites <paramref name="files"/> (names in <paramref name="folder"/>), resolving references from the folder and the runtime.</summary>
    public static void Run(string folder, IReadOnlyList<string> files)
    {
        var scratch = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"stressmaps-rewrite-{Guid.NewGuid():N}"));
        try
        {
            var input = scratch.CreateSubdirectory("input").FullName;
            foreach (var file in Directory.EnumerateFiles(folder, "*.dll"))
            {
                File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
            }

            var output = Path.Combine(scratch.FullName, "output");
            var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            CoyoteRewriter.Rewrite(input, output, files, [input, runtime]);
            foreach (var file in files)
            {
                foreach (var rewritten in new[] { file, Path.ChangeExtension(file, ".pdb") }.Select(name => Path.Combine(output, name)).Where(File.Exists))
                {
                    // Delete first: the original may be a hard link into obj/ or the package cache, which must stay as it was.
                    var target = Path.Combine(folder, Path.GetFileName(rewritten));
                    File.Delete(target);
                    File.Copy(rewritten, target);
                }
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
