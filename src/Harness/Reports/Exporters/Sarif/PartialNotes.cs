using System.Text.Json.Nodes;
using StressMaps.Harness.Reports.RunFiles;

namespace StressMaps.Harness.Reports.Exporters.Sarif;

/// <summary>
/// A <c>note</c> result for each safe cell whose target left out members that write its state, so code scanning shows
/// that the safe verdict covers part of the class (<see cref="PartialVerdict"/>).
/// </summary>
public static class PartialNotes
{
    /// <summary>The rule the notes cite; it is not a bug kind, so it is not among the driver's rules.</summary>
    public const string RuleId = "stressmaps-partial-exploration";

    /// <summary>The note results of <paramref name="run"/>.</summary>
    public static IEnumerable<JsonNode> Of(RunDocument run) => run.Cells
        .Where(cell => PartialVerdict.Words(cell) is not null)
        .Select(cell => (JsonNode)new JsonObject
        {
            ["ruleId"] = RuleId,
            ["level"] = "note",
            ["message"] = new JsonObject { ["text"] = $"{cell.Scenario} × {cell.Map}: {PartialVerdict.Words(cell)}" },
            ["partialFingerprints"] = new JsonObject { ["stressmapsCell/v1"] = cell.Id.ToString() },
            ["properties"] = new JsonObject { ["cell"] = cell.Id.ToString(), ["notExplored"] = new JsonArray([.. cell.NotExplored!.Select(name => (JsonNode)name)]) },
        });
}
