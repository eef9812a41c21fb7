using System.Reflection;
using System.Security.Cryptography;
using StressMaps.Harness.Targets;

namespace StressMaps.Harness.Bundles;

/// <summary>Identifies the code behind a target: its type, its assembly file, the file's SHA-256 and the module's MVID.</summary>
public static class TargetIdentity
{
    /// <summary>The record of <paramref name="target"/> as it runs in this process.</summary>
    public static TargetRecord Of(MapTarget target)
    {
        var type = target.Create().GetType();
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
