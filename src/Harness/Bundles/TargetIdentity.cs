using System.Reflection;
using System.Security.Cryptography;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Bundles;

/// <summary>Identifies the code behind a target: its type, its assembly file, the file's SHA-256 and the module's MVID.</summary>
public static class TargetIdentity
{
    /// <summary>
    /// The record of <paramref name="target"/>. A user's type is recorded by the assembly the user gave (not
    /// its rewritten copy), with its contract and the key of its rewritten copy, so replay can load it again.
    /// </summary>
    public static TargetRecord Of(Target target)
    {
        if (target.Origin is { AssemblyPath: { } path } origin)
        {
            return new TargetRecord(target.Name, origin.TypeName, Path.GetFileName(path), path, Sha256Of(path), MvidOf(path), CodeHash.Of(path))
            {
                Contract = ContractNames.Of(target.Contract),
                RewrittenCacheKey = origin.RewrittenCacheKey,
                Operations = target.Class?.Model.Operations.Select(operation => operation.Name).ToList(),
                Relaxed = target.Class?.Relaxed,
                Construction = target.Construction,
                RewrittenAtBuild = origin.RewrittenAtBuild ? true : null,
                Test = target.Test is null ? null : true,
            };
        }

        return Loaded(target) with
        {
            Contract = target.Origin is null ? null : ContractNames.Of(target.Contract),
            Operations = target.Class?.Model.Operations.Select(operation => operation.Name).ToList(),
            Relaxed = target.Class?.Relaxed,
            Construction = target.Construction,
            Test = target.Test is null ? null : true,
        };
    }

    /// <summary>The module version id of the assembly file at <paramref name="path"/>, read without loading it.</summary>
    public static Guid MvidOf(string path)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(path));
        var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return reader.GetGuid(reader.GetModuleDefinition().Mvid);
    }

    private static TargetRecord Loaded(Target target)
    {
        // A framework dictionary explored as a user's type sits behind the adapter that puts it behind the map contract.
        var type = target.Test?.Method.DeclaringType ?? target.Class?.Type
            ?? (target.Create() is Targets.Loading.DictionaryMapAdapter adapter ? adapter.Dictionary.GetType() : target.Create().GetType());
        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        var assembly = definition.Assembly;
        return new TargetRecord(
            target.Name,
            definition.FullName ?? definition.Name,
            Path.GetFileName(assembly.Location),
            assembly.Location,
            Sha256Of(assembly.Location),
            definition.Module.ModuleVersionId,
            CodeHash.Of(assembly.Location));
    }

    /// <summary>The SHA-256 of the file at <paramref name="path"/>, lower-case hex.</summary>
    public static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The type a record names, closed over string keys and int values when it is generic.</summary>
    public static Type? Resolve(Assembly assembly, string typeName)
    {
        var type = assembly.GetType(typeName, throwOnError: false);
        return type is { IsGenericTypeDefinition: true } && type.GetGenericArguments().Length == 2
            ? type.MakeGenericType(typeof(string), typeof(int))
            : type;
    }
}
