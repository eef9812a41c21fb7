using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace StressMaps.Testing.Rewriter;

/// <summary>Tells a rewritten assembly by the signature attribute Coyote's rewriter stamps on it, without loading it.</summary>
public static class RewritingMark
{
    private const string SignatureAttribute = "RewritingSignatureAttribute";

    /// <summary>Whether the assembly at <paramref name="path"/> carries Coyote's rewriting signature.</summary>
    public static bool IsOn(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        if (!pe.HasMetadata)
        {
            return false;
        }

        var metadata = pe.GetMetadataReader();
        return metadata.GetAssemblyDefinition().GetCustomAttributes()
            .Select(handle => metadata.GetCustomAttribute(handle).Constructor)
            .Where(constructor => constructor.Kind == HandleKind.MemberReference)
            .Select(constructor => metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent)
            .Where(parent => parent.Kind == HandleKind.TypeReference)
            .Any(parent => metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)parent).Name) == SignatureAttribute);
    }
}
