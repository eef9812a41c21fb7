using System.Text.Json;
using System.Text.Json.Serialization;

namespace StressMaps.Harness.Verdicts;

/// <summary>
/// The one mapping between <see cref="VerdictKind"/> and the word files store and reports print.
/// A kind added to the enum gets its word here and nowhere else.
/// </summary>
public sealed class VerdictKindJson : JsonConverter<VerdictKind>
{
    private static readonly IReadOnlyDictionary<VerdictKind, string> Words = new Dictionary<VerdictKind, string>
    {
        [VerdictKind.Safe] = "safe",
        [VerdictKind.Bug] = "bug",
        [VerdictKind.Skipped] = "skipped",
    };

    /// <summary>The kind as one lower-case word: <c>safe</c>, <c>bug</c>, <c>skipped</c>.</summary>
    public static string Word(VerdictKind kind) => Words[kind];

    /// <summary>The kind a stored word names, or null when it names none.</summary>
    public static VerdictKind? Parse(string? word) =>
        Words.FirstOrDefault(pair => pair.Value == word) is { Value: not null } found ? found.Key : null;

    /// <inheritdoc />
    public override VerdictKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.TokenType == JsonTokenType.String ? reader.GetString() : null)
        ?? throw new JsonException($"unknown verdict; expected one of {string.Join(", ", Words.Values)}.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, VerdictKind value, JsonSerializerOptions options) => writer.WriteStringValue(Word(value));
}
