using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace StressMaps.Harness.Reports.Exporters.Sarif;

/// <summary>
/// Finds where a type is written from its assembly's portable PDB (beside the assembly or embedded):
/// the earliest line of any of its methods. Without symbols there is no location, never an error.
/// </summary>
public static class TypeSourceLocator
{
    /// <summary>The source position of <paramref name="typeName"/> (namespace-qualified, <c>`N</c> for generics) in <paramref name="assemblyPath"/>, or null.</summary>
    public static SourceLocation? Find(string assemblyPath, string typeName)
    {
        try
        {
            return File.Exists(assemblyPath) ? Read(assemblyPath, typeName) : null;
        }
        catch (Exception error) when (error is BadImageFormatException or IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            // A missing, foreign or unreadable PDB only costs the location.
            return null;
        }
    }

    private static SourceLocation? Read(string assemblyPath, string typeName)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        var handle = metadata.TypeDefinitions.FirstOrDefault(candidate => FullName(metadata, metadata.GetTypeDefinition(candidate)) == typeName);
        if (handle.IsNil)
        {
            return null;
        }

        using var pdbProvider = OpenPdb(pe, assemblyPath);
        if (pdbProvider is null)
        {
            return null;
        }

        var pdb = pdbProvider.GetMetadataReader();
        return metadata.GetTypeDefinition(handle).GetMethods()
            .SelectMany(method => pdb.GetMethodDebugInformation(method.ToDebugInformationHandle()).GetSequencePoints())
            .Where(point => !point.IsHidden && !point.Document.IsNil)
            .OrderBy(point => point.StartLine)
            .Select(point => new SourceLocation(pdb.GetString(pdb.GetDocument(point.Document).Name), point.StartLine))
            .FirstOrDefault();
    }

    private static MetadataReaderProvider? OpenPdb(PEReader pe, string assemblyPath)
    {
        var embedded = pe.ReadDebugDirectory().FirstOrDefault(entry => entry.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        if (embedded.DataSize > 0)
        {
            return pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded);
        }

        var beside = Path.ChangeExtension(assemblyPath, ".pdb");
        return File.Exists(beside) ? MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(beside)) : null;
    }

    private static string FullName(MetadataReader metadata, TypeDefinition definition)
    {
        var name = metadata.GetString(definition.Name);
        var ns = metadata.GetString(definition.Namespace);
        return ns.Length == 0 ? name : $"{ns}.{name}";
    }
}
