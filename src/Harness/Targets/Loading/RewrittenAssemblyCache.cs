using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using Microsoft.Coyote.Rewriting;
using StressMaps.Rewriting;

namespace StressMaps.Harness.Targets.Loading;

/// <summary>
/// Keeps rewritten copies of users' assemblies in a cache folder keyed by their content, so a user's
/// own files are never written and an unchanged assembly is rewritten once.
/// </summary>
public static class RewrittenAssemblyCache
{
    /// <summary>The environment variable that moves the cache (default: the user's local application data).</summary>
    public const string CacheVariable = "STRESSMAPS_CACHE";

    /// <summary>The cache root.</summary>
    public static string Root =>
        Environment.GetEnvironmentVariable(CacheVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "stressmaps", "rewritten");

    // Coyote's rewriter keeps static state that two rewrites at once corrupt ("An item with the same key has
    // already been added"): one rewrite at a time per process.
    private static readonly Lock Rewriting = new();

    /// <summary>
    /// The folder holding the rewritten copy of <paramref name="assemblyPath"/> and of the dependencies
    /// next to it, rewriting them first when the cache has no copy of this content.
    /// </summary>
    public static string RewrittenFolderOf(string assemblyPath)
    {
        lock (Rewriting)
        {
            return RewrittenFolderOfLocked(assemblyPath);
        }
    }

    private static string RewrittenFolderOfLocked(string assemblyPath)
    {
        var files = LocalClosure(assemblyPath);
        var folder = Path.Combine(Root, ContentKey(files));
        if (Directory.Exists(folder))
        {
            return folder;
        }

        var work = Path.Combine(Root, $"{Path.GetFileName(folder)}.tmp-{Guid.NewGuid():N}");
        var input = Directory.CreateDirectory(Path.Combine(work, "input")).FullName;
        try
        {
            foreach (var file in files)
            {
                File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
                CopySymbols(file, input);
            }

            var output = Path.Combine(work, "output");
            var names = files.Select(Path.GetFileName).ToList();
            CoyoteRewriter.Rewrite(input, output, names!, [AppContext.BaseDirectory, RuntimeFolder]);
            UnseenPassRunner.Run(output, names!);
            try
            {
                // Publish the finished copy in one rename; a concurrent run that got there first wins.
                Directory.Move(output, folder);
            }
            catch (IOException) when (Directory.Exists(folder))
            {
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        return folder;
    }

    // The symbols go through both rewrites with the code, so a user's stack frames keep their files and lines.
    private static void CopySymbols(string assembly, string folder)
    {
        var symbols = Path.ChangeExtension(assembly, ".pdb");
        if (File.Exists(symbols))
        {
            File.Copy(symbols, Path.Combine(folder, Path.GetFileName(symbols)));
        }
    }

    /// <summary>The key the rewritten copy of <paramref name="assemblyPath"/> has, or would have, in the cache.</summary>
    public static string KeyOf(string assemblyPath) => ContentKey(LocalClosure(assemblyPath));

    private static IReadOnlyList<string> LocalClosure(string assemblyPath) =>
        LocalClosure(Path.GetFullPath(assemblyPath), Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!);

    private static string RuntimeFolder => Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    /// <summary>The assembly and, transitively, the assemblies it references that sit in its folder (the framework, Coyote and StressMaps excluded).</summary>
    private static IReadOnlyList<string> LocalClosure(string assemblyPath, string folder)
    {
        var found = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>([assemblyPath]);
        while (pending.TryPop(out var path))
        {
            if (!found.Add(path))
            {
                continue;
            }

            foreach (var reference in ReferencesOf(path))
            {
                var candidate = Path.Combine(folder, reference + ".dll");
                if (!IsProvidedByHost(reference) && File.Exists(candidate))
                {
                    pending.Push(candidate);
                }
            }
        }

        return found.ToList();
    }

    /// <summary>Assemblies the host loads itself: the user's copies of them are neither rewritten nor loaded.</summary>
    public static bool IsProvidedByHost(string name) =>
        name.StartsWith("System.", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Microsoft.", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("StressMaps.", StringComparison.OrdinalIgnoreCase)
        || name is "System" or "mscorlib" or "netstandard";

    private static IEnumerable<string> ReferencesOf(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        var metadata = reader.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
            .ToList();
    }

    private static string ContentKey(IReadOnlyList<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // The rewriter's version and options are part of the key: a new Coyote rewrites anew.
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(
            $"coyote {typeof(RewritingEngine).Assembly.GetName().Version}; race-checking, memory, concurrent-collections; unseen pass {UnseenPass.Version}\n"));
        foreach (var file in files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
            var symbols = Path.ChangeExtension(file, ".pdb");
            hash.AppendData(File.Exists(symbols) ? File.ReadAllBytes(symbols) : []);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..24];
    }
}
