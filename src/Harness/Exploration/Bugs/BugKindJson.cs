using System.Text.Json;
using System.Text.Json.Serialization;

namespace StressMaps.Harness.Exploration.Bugs;

/// <summary>
/// The one mapping between <see cref="BugKind"/> and the kebab-case word files store and SARIF uses as
/// its rule id. A kind added to the enum gets its word here and nowhere else.
/// </summary>
public sealed class BugKindJson : JsonConverter<BugKind>
{
    private static readonly IReadOnlyDictionary<BugKind, string> Words = new Dictionary<BugKind, string>
    {
        [BugKind.DataRace] = "data-race",
        [BugKind.ContractViolation] = "contract-violation",
        [BugKind.NotLinearizable] = "not-linearizable",
        [BugKind.FinalCheck] = "final-check",
        [BugKind.Deadlock] = "deadlock",
        [BugKind.LostWakeup] = "lost-wakeup",
        [BugKind.StepBound] = "step-bound",
        [BugKind.Crash] = "crash",
        [BugKind.Hang] = "hang",
    };

    /// <summary>The kind as one kebab-case word: <c>data-race</c>, <c>final-check</c>.</summary>
    public static string Word(BugKind kind) => Words[kind];

    /// <summary>The kind a stored word names, or null when it names none.</summary>
    public static BugKind? Parse(string? word) =>
        Words.FirstOrDefault(pair => pair.Value == word) is { Value: not null } found ? found.Key : null;

    /// <inheritdoc />
    public override BugKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.TokenType == JsonTokenType.String ? reader.GetString() : null)
        ?? throw new JsonException($"unknown bug kind; expected one of {string.Join(", ", Words.Values)}.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, BugKind value, JsonSerializerOptions options) => writer.WriteStringValue(Word(value));
}
