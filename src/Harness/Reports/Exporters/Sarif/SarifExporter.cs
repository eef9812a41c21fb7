using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Harness.Reports.Exporters.Sarif;

/// <summary>
/// SARIF 2.1.0 for code scanning: a result per bug (per root cause when the run grouped them, see <see cref="RootCauseRecord"/>), <c>error</c> where none was expected and
/// <c>note</c> where it was, a rule per <see cref="SarifRule"/> (one per typed bug kind), the replay command, and the place in
/// the source where the bug is written when symbols say so (the failing frame, else the target type).
/// </summary>
/// <param name="sourceRoot">
/// Paths under this folder are written relative to <c>%SRCROOT%</c>, as code scanning wants them;
/// others as absolute file URIs. Defaults to the current directory.
/// </param>
public sealed class SarifExporter(string? sourceRoot = null) : FileExporter
{
    /// <summary>The schema the file names; the one it is validated against in the tests.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly SarifUris _uris = new(sourceRoot ?? Environment.CurrentDirectory);

    /// <inheritdoc />
    public override string Format => "sarif";

    /// <inheritdoc />
    public override string FileName => "results.sarif";

    /// <inheritdoc />
    public override string Render(RunReport report)
    {
        var run = new JsonObject
        {
            ["tool"] = new JsonObject { ["driver"] = Driver(report.Run) },
            ["results"] = new JsonArray([.. Results(report), .. PartialNotes.Of(report.Run)]),
            ["columnKind"] = "utf16CodeUnits",
        };
        var log = new JsonObject { ["$schema"] = SchemaUri, ["version"] = "2.1.0", ["runs"] = new JsonArray(run) };
        return log.ToJsonString(Indented) + "\n";
    }

    // One result per root cause when the run grouped its bugs (the other cells as related locations), else per bug cell.
    private IEnumerable<JsonNode> Results(RunReport report)
    {
        var bugCells = report.Run.Cells.Where(cell => cell.Verdict == VerdictKind.Bug).ToList();
        if (report.Run.Bugs is not { Count: > 0 } causes)
        {
            return bugCells.Select(cell => (JsonNode)Result(cell, report.BundleOf(cell)));
        }

        var grouped = causes.SelectMany(cause => cause.Cells).ToHashSet();
        return causes.Select(cause =>
            {
                var cell = bugCells.First(candidate => candidate.Id.ToString() == cause.Smallest);
                var result = Result(cell, report.BundleOf(cell));
                result["relatedLocations"] = new JsonArray([.. cause.Cells.Skip(1).Select((other, i) => (JsonNode)new JsonObject
                {
                    ["id"] = i + 1,
                    ["message"] = new JsonObject { ["text"] = $"the same bug in cell {other}" },
                    ["logicalLocations"] = new JsonArray(new JsonObject { ["fullyQualifiedName"] = other, ["kind"] = "member" }),
                })]);
                ((JsonObject)result["properties"]!)["rootCause"] = cause.Signature;
                ((JsonObject)result["properties"]!)["cells"] = new JsonArray([.. cause.Cells.Select(name => (JsonNode)name)]);
                return (JsonNode)result;
            })
            .Concat(bugCells.Where(cell => !grouped.Contains(cell.Id.ToString())).Select(cell => (JsonNode)Result(cell, report.BundleOf(cell))));
    }

    private static JsonObject Driver(RunDocument run) => new()
    {
        ["name"] = "StressMaps",
        ["version"] = run.ToolVersion,
        ["rules"] = new JsonArray([.. SarifRule.All.Select(rule => (JsonNode)new JsonObject
        {
            ["id"] = rule.Id,
            ["name"] = rule.Name,
            ["shortDescription"] = new JsonObject { ["text"] = rule.Description },
            ["defaultConfiguration"] = new JsonObject { ["level"] = "error" },
            ["properties"] = new JsonObject { ["tags"] = new JsonArray("concurrency") },
        })]),
    };

    private JsonObject Result(CellRecord cell, BugBundle? bundle)
    {
        var rule = SarifRule.For(cell.TypedBug.Kind);
        var replay = bundle?.ReplayCommand;
        var text = $"{cell.Scenario} × {cell.Map}: {(cell.Matches ? "expected bug" : "unexpected bug")}: {cell.BugMessage}" +
                   (replay is null ? "" : $"\nReplay: {replay}");
        return new JsonObject
        {
            ["ruleId"] = rule.Id,
            ["ruleIndex"] = SarifRule.All.ToList().IndexOf(rule),
            ["level"] = cell.Matches ? "note" : "error",
            ["message"] = new JsonObject { ["text"] = text },
            ["locations"] = new JsonArray([.. Locations(cell, bundle)]),
            ["partialFingerprints"] = new JsonObject { ["stressmapsCell/v1"] = cell.Id.ToString() },
            ["properties"] = WithoutNulls(new JsonObject
            {
                ["cell"] = cell.Id.ToString(),
                ["expected"] = cell.Matches,
                ["iteration"] = cell.FirstBugIteration,
                ["bundle"] = cell.Bundle,
                ["replayCommand"] = replay,
            }),
        };
    }

    private static JsonObject WithoutNulls(JsonObject properties)
    {
        foreach (var name in properties.Where(property => property.Value is null).Select(property => property.Key).ToList())
        {
            properties.Remove(name);
        }

        return properties;
    }

    private IEnumerable<JsonNode> Locations(CellRecord cell, BugBundle? bundle)
    {
        var typeName = bundle?.Target.Type ?? cell.Target;
        var source = bundle?.Verdict.Stacks.Select(stack => StackFrames.FirstUserFrame(stack.Stack)).FirstOrDefault(found => found is not null)
                     ?? (bundle is null ? null : StackFrames.FirstUserFrame(bundle.Verdict))
                     ?? (bundle is null ? null : TypeSourceLocator.Find(bundle.Target.AssemblyPath, bundle.Target.Type));
        if (source is null && typeName is null)
        {
            yield break;
        }

        var location = new JsonObject();
        if (source is not null)
        {
            location["physicalLocation"] = new JsonObject
            {
                ["artifactLocation"] = _uris.ArtifactLocation(source.File),
                ["region"] = new JsonObject { ["startLine"] = source.Line },
            };
        }

        if (typeName is not null)
        {
            location["logicalLocations"] = new JsonArray(new JsonObject { ["fullyQualifiedName"] = typeName, ["kind"] = "type" });
        }

        yield return location;
    }
}
