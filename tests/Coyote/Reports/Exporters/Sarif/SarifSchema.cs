using NJsonSchema;

namespace StressMaps.Tests.Reports.Exporters.Sarif;

/// <summary>The OASIS SARIF 2.1.0 schema (draft-04), read once from the test's output folder.</summary>
public static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reports", "Exporters", "Sarif", "sarif-schema-2.1.0.json"))).GetAwaiter().GetResult());

    /// <summary>Every way <paramref name="json"/> breaks the schema, one line each; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(string json) =>
        Schema.Value.Validate(json).Select(error => $"{error.Path}: {error.Kind}").ToList();
}
