using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using StressMaps.Harness.Files;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Exploration.Traces;

namespace StressMaps.Harness.Bundles;

/// <summary>Reads and writes bug bundles. A bundle may come from anywhere: reading checks every part replay uses.</summary>
public static class BugBundleJson
{
    /// <summary>camelCase, indented, nulls left out, operation kinds as kebab-case words, computed members left out.</summary>
    public static JsonSerializerOptions Options { get; } = new(DocumentJson.Options)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropComputedScenarioMembers } },
    };

    /// <summary>The bundle as JSON text.</summary>
    public static string Serialize(BugBundle bundle) => JsonSerializer.Serialize(bundle, Options);

    /// <summary>Writes the bundle to <paramref name="path"/> atomically, and its trace beside it for <c>dotnet coyote replay</c>.</summary>
    public static void Write(string path, BugBundle bundle)
    {
        AtomicFile.WriteAllText(path, Serialize(bundle));
        CoyoteTraceFile.WriteBeside(path, bundle);
    }

    /// <summary>Reads the bundle at <paramref name="path"/>; throws <see cref="InvalidDataException"/> with one clear line when it is not a usable bundle.</summary>
    public static BugBundle Read(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"cannot read bundle '{path}': {error.Message}");
        }

        return Deserialize(json);
    }

    /// <summary>Parses and checks a bundle; throws <see cref="InvalidDataException"/> with one clear line when it is not a usable one.</summary>
    public static BugBundle Deserialize(string json)
    {
        // The schema is checked before the shape, so a newer bundle gets the right message.
        int? schema;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("kind", out var kind)
                || kind.ValueKind != JsonValueKind.String || kind.GetString() != BugBundle.KindName)
            {
                throw new InvalidDataException($"not a StressMaps bug bundle: its \"kind\" is not \"{BugBundle.KindName}\".");
            }

            schema = document.RootElement.TryGetProperty("schema", out var number) && number.TryGetInt32(out var value) ? value : null;
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"not a StressMaps bug bundle: the JSON is malformed ({error.Message})");
        }

        if (schema != BugBundle.CurrentSchema)
        {
            throw new InvalidDataException(
                $"bug bundle schema {schema?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(missing)"} is not supported; " +
                $"this build of StressMaps reads schema {BugBundle.CurrentSchema}: use the StressMaps version that wrote it ({ToolVersionIn(json)}).");
        }

        BugBundle? bundle;
        try
        {
            bundle = JsonSerializer.Deserialize<BugBundle>(json, Options);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"not a usable bug bundle: {error.Message}");
        }

        if (bundle is null)
        {
            throw new InvalidDataException("not a usable bug bundle: it is empty.");
        }

        // A concurrent test's scenario is the method itself, with no tasks of its own.
        if (bundle.Target.Test != true)
        {
            ScenarioRules.Check(bundle.Scenario);
        }
        else if (bundle.Scenario.Tasks.Count > 0 || bundle.Scenario.Setup.Count > 0)
        {
            throw new InvalidDataException("the bundle's scenario is not usable: a concurrent test's scenario has no steps of its own.");
        }

        CoyoteTrace.Parse(bundle.Trace.GetRawText());
        return bundle;
    }

    private static string ToolVersionIn(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("toolVersion", out var version) && version.ValueKind == JsonValueKind.String
                ? version.GetString()!
                : "unknown";
        }
        catch (JsonException)
        {
            return "unknown";
        }
    }

    private static void DropComputedScenarioMembers(JsonTypeInfo info)
    {
        if (info.Type != typeof(Scenario) && info.Type != typeof(ScenarioOperation))
        {
            return;
        }

        // NeedsAtomicUpdate and OperationCount follow from the data; storing them would invite disagreement.
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].Set is null)
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
