using StressMaps.Harness.Targets.Loading;
using System.Reflection;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Targets;
using StressMaps.Maps;

namespace StressMaps.Harness.Bundles;

/// <summary>
/// Finds the code a bundle names and makes a target of it, loading nothing whose SHA-256 (of the
/// file, or of its code alone) differs from the bundle's, unless forced: a bundle is input from elsewhere.
/// </summary>
public static class TargetResolver
{
    /// <summary>
    /// The target of <paramref name="record"/>. The assembly is looked for at <paramref name="assemblyPath"/>
    /// when given, else where the bundle says, else beside StressMaps itself. Throws
    /// <see cref="InvalidDataException"/> with one clear line when it is missing, changed (and not
    /// <paramref name="force"/>d), not rewritten, or lacks the type.
    /// </summary>
    public static Target Resolve(TargetRecord record, string? assemblyPath, bool force)
    {
        var path = Locate(record, assemblyPath);
        var hash = TargetIdentity.Sha256Of(path);
        var code = CodeHash.Of(path);
        var same = string.Equals(hash, record.Sha256, StringComparison.OrdinalIgnoreCase)
            || (record.CodeSha256 is not null && string.Equals(code, record.CodeSha256, StringComparison.OrdinalIgnoreCase));
        if (!same && !force)
        {
            throw new InvalidDataException(
                $"target assembly '{path}' has changed since the bug was found (code SHA-256 {Short(code ?? hash)}, the bundle expects {Short(record.CodeSha256 ?? record.Sha256)}); " +
                "replay with --force to try it anyway, or name the original with --assembly PATH.");
        }

        if (record.IsUserType)
        {
            return UserTargetReloader.Reload(record, path, force);
        }

        var assembly = Load(path, code);
        if (!RewritingGuard.IsRewritten(assembly))
        {
            throw new InvalidDataException($"target assembly '{path}' is not rewritten for Coyote; rewrite it (dotnet coyote rewrite) before replaying.");
        }

        var type = TargetIdentity.Resolve(assembly, record.Type)
            ?? throw new InvalidDataException($"target assembly '{path}' has no type '{record.Type}'.");
        if (!typeof(IMap<string, int>).IsAssignableFrom(type) || type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new InvalidDataException($"type '{record.Type}' is not a map StressMaps can create (IMap<string, int> with a public parameterless constructor).");
        }

        var builtIn = TargetCatalog.Find(record.Name);
        if (builtIn is not null && builtIn.Create().GetType() == type)
        {
            return builtIn;
        }

        var contract = builtIn?.Contract ?? ThreadSafetyContract.ThreadSafe;
        return new Target(record.Name, $"{record.Type} from {Path.GetFileName(path)}", contract, () => (IMap<string, int>)Activator.CreateInstance(type)!);
    }

    private static string Locate(TargetRecord record, string? assemblyPath)
    {
        if (assemblyPath is not null)
        {
            return File.Exists(assemblyPath)
                ? Path.GetFullPath(assemblyPath)
                : throw new InvalidDataException($"--assembly '{assemblyPath}' does not exist.");
        }

        var fileName = Path.GetFileName(record.AssemblyName);
        string[] candidates = [record.AssemblyPath, Path.Combine(AppContext.BaseDirectory, fileName)];
        return candidates.FirstOrDefault(candidate => candidate.Length > 0 && Path.GetFileName(candidate) == fileName && File.Exists(candidate))
            ?? throw new InvalidDataException(
                $"target assembly '{fileName}' was not found at '{record.AssemblyPath}' nor beside StressMaps; name it with --assembly PATH.");
    }

    private static Assembly Load(string path, string? code)
    {
        // The same code already loaded (the built-in maps) is reused; loading it twice would make two IMap types.
        var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(assembly =>
            !assembly.IsDynamic && assembly.Location.Length > 0
            && Path.GetFileName(assembly.Location) == Path.GetFileName(path)
            && (string.Equals(Path.GetFullPath(assembly.Location), path, StringComparison.Ordinal)
                || (code is not null && string.Equals(CodeHash.Of(assembly.Location), code, StringComparison.Ordinal))));
        if (loaded is not null)
        {
            return loaded;
        }

        try
        {
            return System.Runtime.Loader.AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
        }
        catch (Exception error) when (error is BadImageFormatException or FileLoadException or FileNotFoundException)
        {
            throw new InvalidDataException($"cannot load target assembly '{path}': {error.Message}");
        }
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;
}
