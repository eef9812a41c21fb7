using System.Text.Json;
using System.Text.Json.Nodes;

namespace StressMaps.Harness.Exploration.Traces;

/// <summary>
/// A Coyote reproducible trace that can be checked and edited. Replay treats <see cref="Steps"/>
/// as a prefix: after the last step the strategy named in the settings continues with its seed.
/// </summary>
public sealed class CoyoteTrace
{
    /// <summary>The strategy names Coyote 1.7 accepts in a trace's settings.</summary>
    public static IReadOnlyList<string> KnownStrategies { get; } =
        ["random", "probabilistic", "prioritization", "fair-prioritization", "delay-bounding", "fair-delay-bounding", "q-learning", "dfs"];

    private readonly JsonObject _root;

    private CoyoteTrace(JsonObject root, IReadOnlyList<TraceStep> steps)
    {
        _root = root;
        Steps = steps;
    }

    /// <summary>The steps, in order.</summary>
    public IReadOnlyList<TraceStep> Steps { get; }

    /// <summary>The strategy that continues after the steps.</summary>
    public string Strategy => _root["Settings"]?["Strategy"]?.GetValue<string>() ?? "";

    /// <summary>That strategy's bound.</summary>
    public int StrategyBound => _root["Settings"]?["StrategyBound"]?.GetValue<int>() ?? 0;

    /// <summary>That strategy's seed, if the trace has one.</summary>
    public uint? Seed => _root["Settings"]?["Seed"]?.GetValue<uint>();

    /// <summary>How many steps hand control to another operation.</summary>
    public int Switches => Steps.Count(step => step.IsSwitch);

    /// <summary>Parses and checks <paramref name="json"/>; throws <see cref="InvalidDataException"/> with one clear line when it is no valid trace.</summary>
    public static CoyoteTrace Parse(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"the Coyote trace is not JSON: {error.Message}");
        }

        if (node is not JsonObject root || root["Settings"] is not JsonObject settings || root["Steps"] is not JsonArray steps)
        {
            throw new InvalidDataException("the Coyote trace needs a 'Settings' object and a 'Steps' array.");
        }

        try
        {
            var strategy = settings["Strategy"]?.GetValue<string>();
            if (strategy is null || !KnownStrategies.Contains(strategy))
            {
                throw new InvalidDataException(
                    $"the Coyote trace names strategy '{strategy}'; expected one of {string.Join(", ", KnownStrategies)}.");
            }

            _ = settings["StrategyBound"]?.GetValue<int>();
            _ = settings["Seed"]?.GetValue<uint>();
        }
        catch (Exception error) when (error is InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"the Coyote trace's settings are malformed: {error.Message}");
        }

        var parsed = new List<TraceStep>(steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            var text = steps[i] is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
            var step = text is null ? null : TraceStep.TryParse(text);
            parsed.Add(step ?? throw new InvalidDataException(
                $"step {i} of the Coyote trace is malformed: '{steps[i]?.ToJsonString()}' " +
                "(expected op(id:seq),sp(Kind),next(id:seq), op(id:seq),bool(..) or op(id:seq),int(..))."));
        }

        return new CoyoteTrace(root, parsed);
    }

    /// <summary>The same trace keeping only the first <paramref name="count"/> steps.</summary>
    public CoyoteTrace WithPrefix(int count) => WithSteps(Steps.Take(count).ToList());

    /// <summary>The same steps, continued by <paramref name="strategy"/> with <paramref name="bound"/> after the last one.</summary>
    public CoyoteTrace WithContinuation(string strategy, int bound)
    {
        var root = (JsonObject)_root.DeepClone();
        root["Settings"]!["Strategy"] = strategy;
        root["Settings"]!["StrategyBound"] = bound;
        return new CoyoteTrace(root, Steps);
    }

    /// <summary>The trace as JSON text, as Coyote reads it.</summary>
    public string ToJson() => _root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>The trace as a JSON element, for embedding in a bundle.</summary>
    public JsonElement ToElement() => JsonSerializer.Deserialize<JsonElement>(_root.ToJsonString());

    private CoyoteTrace WithSteps(IReadOnlyList<TraceStep> steps)
    {
        var root = (JsonObject)_root.DeepClone();
        root["Steps"] = new JsonArray(steps.Select(step => (JsonNode?)JsonValue.Create(step.Text)).ToArray());
        return new CoyoteTrace(root, steps);
    }
}
