using StressMaps.Harness.Files;
using StressMaps.Harness.Bundles.Shrinking;
using StressMaps.Harness.Exploration.Traces;
using StressMaps.Harness.Verdicts;
using System.Text.Json;
using StressMaps.Harness.Bundles;
using StressMaps.Harness.Reports.Exporters;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Scenarios;

namespace StressMaps.Tests.Reports.Exporters;

/// <summary>One fixed run with a safe cell, a skipped cell, an expected bug with its bundle and an unexpected bug.</summary>
public static class SampleReport
{
    public const string Trace = """
        {"TestName":"","CoyoteVersion":"1.7.11.0","Settings":{"Strategy":"prioritization","StrategyBound":0,"Seed":42},
         "Steps":["op(0:1),sp(Create),next(0:1)","op(0:1),sp(Create),next(2:3)","op(2:3),sp(Interleave),next(1:2)"]}
        """;

    public static RunReport Create()
    {
        var options = new OptionsRecord("portfolio", 1000, 20261126, 2000, null);
        var run = new RunDocument
        {
            ToolVersion = "1.0.0",
            CoyoteVersion = "1.7.11",
            StartedAt = new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero),
            ElapsedSeconds = 12.5,
            Machine = new MachineRecord(2, "Linux", ".NET 10.0"),
            Options = options,
            Cells =
            [
                Cell("writer-vs-reader", "unsafe", "bug-expected", VerdictKind.Bug, true, 0.25, "System.InvalidOperationException: Collection was modified; enumeration operation may not execute.", "bugs/writer-vs-reader.unsafe.bundle.json"),
                Cell("writer-vs-reader", "locked", "safe-expected", VerdictKind.Safe, true, 1.5, null, null),
                Cell("atomic-update", "unsafe", "not-applicable", VerdictKind.Skipped, true, 0, null, null),
                Cell("atomic-update", "locked", "safe-expected", VerdictKind.Bug, false, 0.75, "Final check failed: expected get(n) == 2, found 1.", null),
            ],
        };
        return new RunReport(run, [Bundle()]);
    }

    public static BugBundle Bundle()
    {
        var scenario = new Scenario(
            "writer-vs-reader", "the owner writes while a caller enumerates",
            [ScenarioOperation.Set("a", 1)],
            [[ScenarioOperation.Set("c", 3)], [ScenarioOperation.Snapshot(), ScenarioOperation.EnumerateSnapshot()]]);
        return new BugBundle
        {
            ToolVersion = "1.0.0",
            CoyoteVersion = "1.7.11",
            CreatedAt = new DateTimeOffset(2026, 11, 26, 10, 0, 5, TimeSpan.Zero),
            Cell = "writer-vs-reader.unsafe",
            Target = new TargetRecord("unsafe", "StressMaps.Maps.UnsafeMap`2", "StressMaps.Maps.dll", "/x/StressMaps.Maps.dll", new string('a', 64), Guid.Empty),
            Scenario = scenario,
            Trace = JsonDocument.Parse(Trace).RootElement.Clone(),
            Replay = new ReplaySettings(2000, true, "prioritization", 0, 42),
            Verdict = new VerdictRecord(
                "System.InvalidOperationException: Collection was modified; enumeration operation may not execute.",
                "Unhandled exception. System.InvalidOperationException: Collection was modified",
                [new TaskStack(1, null, null), new TaskStack(2, "snapshot.enumerate()", "   at ClientCaller.EnumerateHandedOut() <in> & \"quoted\"")]),
            Schedule =
            [
                new ScheduleStep(0, 0, "set(a, 1)", "begin", false, false),
                new ScheduleStep(0, 0, "set(a, 1) done", "end", false, false),
                new ScheduleStep(2, 0, "snapshot()", "begin", false, false),
                new ScheduleStep(2, 0, "snapshot() → 1", "end", false, false),
                new ScheduleStep(2, 1, "snapshot.enumerate()", "begin", false, true),
                new ScheduleStep(2, 1, "snapshot.enumerate() · entry 1", "inside", false, true),
                new ScheduleStep(1, 0, "set(c, 3)", "begin", true, true),
                new ScheduleStep(1, 0, "set(c, 3) done", "end", false, true),
                new ScheduleStep(2, 1, "snapshot.enumerate() ✗ InvalidOperationException", "failed", false, true),
            ],
            Shrinking = new ShrinkRecord(new BugSize(2, 5, 15, 4), new BugSize(2, 3, 6, 1), 5.25, 28),
            Size = new BugSize(2, 3, 6, 1),
            ReplayCommand = "stressmaps replay bugs/writer-vs-reader.unsafe.bundle.json --times 100",
        };
    }

    private static CellRecord Cell(string scenario, string map, string expectation, VerdictKind verdict, bool matches, double seconds, string? bug, string? bundle) => new()
    {
        Scenario = scenario,
        Map = map,
        Expectation = expectation,
        Reason = "because",
        Verdict = verdict,
        Matches = matches,
        Options = new OptionsRecord("portfolio", 1000, 7, 2000, null),
        IterationsExplored = verdict == VerdictKind.Safe ? 1000 : 3,
        FirstBugIteration = verdict == VerdictKind.Bug ? 3 : null,
        ElapsedSeconds = seconds,
        IterationsPerSecond = 800.5,
        BugMessage = bug,
        Bundle = bundle,
    };
}
