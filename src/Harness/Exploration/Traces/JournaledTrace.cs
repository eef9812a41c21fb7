using System.Text.Json.Nodes;
using StressMaps.Harness.Exploration.Exhaustive;

namespace StressMaps.Harness.Exploration.Traces;

/// <summary>
/// The reproducible trace of a schedule rebuilt from a worker's trace journal: its steps as the scheduler
/// took them, under the settings the exploration ran with (each one written, since Coyote's reader zeroes a
/// missing one). Past the last step journaled, the random strategy continues with the cell's seed: a decision
/// taken inside the user's code after its last scheduling point is taken again, and usually the same.
/// </summary>
public static class JournaledTrace
{
    /// <summary>Coyote 1.7.11's deadlock timeout, which exploration keeps (only proof mode raises it).</summary>
    public const uint ExplorationDeadlockTimeoutMilliseconds = 1000;

    /// <summary>The trace of <paramref name="steps"/>, explored under <paramref name="options"/>.</summary>
    public static string For(ExplorationOptions options, IReadOnlyList<string> steps)
    {
        // DfsTrace writes every setting with the value exploration uses; only the strategy and the timeout differ.
        var root = JsonNode.Parse(DfsTrace.For(options))!.AsObject();
        root["Settings"]!["Strategy"] = StrategyName.Random;
        root["Settings"]!["DeadlockTimeout"] = ExplorationDeadlockTimeoutMilliseconds;
        root["Steps"] = new JsonArray(steps.Select(step => (JsonNode?)JsonValue.Create(step)).ToArray());
        return CoyoteTrace.Parse(root.ToJsonString()).ToJson();
    }
}
