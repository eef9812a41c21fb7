using System.Text.Json;
using System.Text.Json.Serialization;

namespace StressMaps.Harness.Files;

/// <summary>The JSON settings of every file StressMaps writes, and the one way it writes them.</summary>
public static class DocumentJson
{
    /// <summary>camelCase, indented, nulls left out.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The same settings on one line, for line-based protocols.</summary>
    public static JsonSerializerOptions Line { get; } = new(Options) { WriteIndented = false };

    /// <summary>Writes <paramref name="document"/> to <paramref name="path"/> atomically with <paramref name="options"/> (default <see cref="Options"/>).</summary>
    public static void Write<T>(string path, T document, JsonSerializerOptions? options = null) =>
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(document, options ?? Options));
}
