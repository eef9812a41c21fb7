using System.Text.Json;
using StressMaps.Harness.Files;

namespace StressMaps.Harness.Reports.RunFiles;

/// <summary>Reads and writes <c>run.json</c>.</summary>
public static class RunDocumentJson
{
    /// <summary>The document as JSON text.</summary>
    public static string Serialize(RunDocument document) => JsonSerializer.Serialize(document, DocumentJson.Options);

    /// <summary>Parses a document; throws <see cref="InvalidDataException"/> with one clear line when it is not one.</summary>
    public static RunDocument Deserialize(string json)
    {
        RunDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<RunDocument>(json, DocumentJson.Options);
        }
        catch (Exception error) when (error is JsonException or NotSupportedException)
        {
            throw new InvalidDataException($"not a StressMaps run file: {error.Message}");
        }

        if (document is null)
        {
            throw new InvalidDataException("not a StressMaps run file: it is empty.");
        }

        if (document.Schema != RunDocument.CurrentSchema)
        {
            throw new InvalidDataException(
                $"run file schema {document.Schema} is not supported; this build reads schema {RunDocument.CurrentSchema}.");
        }

        return document;
    }

    /// <summary>Writes the document to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, RunDocument document) => AtomicFile.WriteAllText(path, Serialize(document));
}
