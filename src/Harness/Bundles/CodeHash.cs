using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace StressMaps.Harness.Bundles;

/// <summary>
/// The SHA-256 of an assembly's code: its metadata (with the module's MVID and the informational
/// version blanked out) and every method body. Coyote's rewrite gives each copy a new MVID, time stamp
/// and debug record (whose PDB path length even shifts the import table), and the SDK writes the git
/// commit into the informational version, so two copies of the same code differ as files but not
/// here: a bundle then replays on any rewrite of the same code.
/// </summary>
public static class CodeHash
{
    /// <summary>The code hash of the assembly at <paramref name="path"/>, lower-case hex; null when it is no readable .NET assembly.</summary>
    public static string? Of(string path)
    {
        try
        {
            using var pe = new PEReader(File.OpenRead(path));
            if (!pe.HasMetadata)
            {
                return null;
            }

            var reader = pe.GetMetadataReader();
            var metadata = pe.GetMetadata().GetContent().ToArray();
            var mvidOffset = reader.GetHeapMetadataOffset(HeapIndex.Guid) + (MetadataTokens.GetHeapOffset(reader.GetModuleDefinition().Mvid) - 1) * 16;
            Array.Clear(metadata, mvidOffset, 16);
            BlankInformationalVersion(reader, metadata);

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(metadata);
            foreach (var method in reader.MethodDefinitions)
            {
                var rva = reader.GetMethodDefinition(method).RelativeVirtualAddress;
                if (rva != 0)
                {
                    var size = pe.GetMethodBody(rva).Size;
                    hash.AppendData(pe.GetSectionData(rva).GetContent(0, size).AsSpan());
                }
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        catch (Exception error) when (error is BadImageFormatException or InvalidOperationException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    // The SDK appends "+<commit>" to the informational version: a new commit, the same code.
    private static void BlankInformationalVersion(MetadataReader reader, byte[] metadata)
    {
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind == HandleKind.MemberReference
                && reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent
                && reader.GetString(reader.GetTypeReference((TypeReferenceHandle)parent).Name) == "AssemblyInformationalVersionAttribute")
            {
                var start = reader.GetHeapMetadataOffset(HeapIndex.Blob) + MetadataTokens.GetHeapOffset(attribute.Value);
                var length = reader.GetBlobBytes(attribute.Value).Length;
                // The blob starts with its length, compressed to 1, 2 or 4 bytes (ECMA-335 II.23.2).
                var prefix = length < 0x80 ? 1 : length < 0x4000 ? 2 : 4;
                Array.Clear(metadata, start, Math.Min(prefix + length, metadata.Length - start));
            }
        }
    }
}
