using System.Text.Json;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Exploration.Bugs;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Reports.Exporters.Sarif;

namespace StressMaps.Tests.Reports.Exporters.Sarif;

public class SarifExporterTests
{
    private const string SourceRoot = "/repo";

    [Fact]
    public void SarifIsValidAgainstTheSarif210Schema()
    {
        var text = new SarifExporter(SourceRoot).Render(WithUserFrame());

        Assert.Empty(SarifSchema.Errors(text));
    }

    [Fact]
    public void SchemaValidationRejectsAResultWithoutAMessage()
    {
        // The check above can fail: a result missing its required message is caught.
        var text = new SarifExporter(SourceRoot).Render(WithUserFrame()).Replace("\"message\"", "\"mess\"", StringComparison.Ordinal);

        Assert.NotEmpty(SarifSchema.Errors(text));
    }

    [Fact]
    public void EachBugIsOneResultErrorWhereUnexpectedAndNoteWhereExpected()
    {
        var results = Results(new SarifExporter(SourceRoot).Render(SampleReport.Create()));

        Assert.Equal(2, results.Count);
        Assert.Equal(("crash", "note"), (results[0].GetProperty("ruleId").GetString(), results[0].GetProperty("level").GetString()));
        Assert.Equal(("final-check", "error"), (results[1].GetProperty("ruleId").GetString(), results[1].GetProperty("level").GetString()));
        Assert.Contains("Replay: stressmaps replay bugs/writer-vs-reader.unsafe.bundle.json", results[0].GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void TheFailingFrameUnderTheSourceRootBecomesARelativeLocation()
    {
        var location = Results(new SarifExporter(SourceRoot).Render(WithUserFrame()))[0].GetProperty("locations")[0].GetProperty("physicalLocation");

        Assert.Equal("src/Maps/UnsafeMap.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal(42, location.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Theory]
    [InlineData("Found read/write data race on 'Dictionary<String,Int32>'.", "data-race")]
    [InlineData("Contract violation (not-thread-safe): task 2 Add(k, 2) (write) overlaps task 1 Add(k, 1) (write) on X.", "contract-violation")]
    [InlineData("Not linearizable: no sequential order of these calls, respecting real-time order, gives every call the answer it got.", "not-linearizable")]
    [InlineData("Final check failed: expected get(n) == 2, found 1.", "final-check")]
    [InlineData("Deadlock detected. Task(1) and Task(2) are waiting to acquire a resource.", "deadlock")]
    [InlineData("Scheduling steps bound of 2000 reached.", "step-bound")]
    [InlineData("System.InvalidOperationException: Collection was modified; enumeration operation may not execute.", "crash")]
    public void ARunFileWithoutKindsGetsEachKindsRuleFromItsMessage(string message, string rule) =>
        Assert.Equal(rule, SarifRule.For(UntypedBugs.FromStoredMessage(message).Kind).Id);

    [Fact]
    public void TheRuleIsTheStoredKindNotWhatTheMessageSays()
    {
        var report = SampleReport.Create();
        var cells = report.Run.Cells.Select(cell => cell.BugMessage is null ? cell : cell with { Bug = new Bug(BugKind.DataRace) }).ToList();

        var results = Results(new SarifExporter(SourceRoot).Render(report with { Run = report.Run with { Cells = cells } }));

        // The messages still say "Collection was modified" and "Final check failed"; the typed kind decides.
        Assert.Equal(["data-race", "data-race"], results.Select(result => result.GetProperty("ruleId").GetString()));
    }

    [Fact]
    public void TheTypeIsLocatedFromItsPortablePdb()
    {
        // This test assembly is built with a portable PDB beside it.
        var location = TypeSourceLocator.Find(typeof(SarifExporterTests).Assembly.Location, typeof(SarifExporterTests).FullName!);

        Assert.NotNull(location);
        Assert.EndsWith("SarifExporterTests.cs", location.File);
    }

    private static RunReport WithUserFrame()
    {
        var report = SampleReport.Create();
        var bundle = report.Bundles[0];
        var stacks = bundle.Verdict.Stacks.Select(stack => stack.Stack is null ? stack : stack with
        {
            Stack = "   at StressMaps.Harness.Exploration.Execution.ClientCaller.Run() in /repo/src/Harness/Execution/ClientCaller.cs:line 10\n" +
                    "   at StressMaps.Maps.UnsafeMap`2.Set(TKey key, TValue value) in /repo/src/Maps/UnsafeMap.cs:line 42",
        }).ToList();
        return report with { Bundles = [bundle with { Verdict = bundle.Verdict with { Stacks = stacks } }] };
    }

    private static List<JsonElement> Results(string sarif) =>
        JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
}
