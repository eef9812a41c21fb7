using StressMaps.Harness.Files;
using StressMaps.Harness.Exploration;
using StressMaps.Harness.Reports.RunFiles;
using StressMaps.Harness.Scenarios;
using StressMaps.Harness.Sessions;
using StressMaps.Harness.Targets;
using StressMaps.Harness.Verdicts;

namespace StressMaps.Tests.Sessions;

public class RunSessionTests
{
    private static RunRequest Request(string folder, string scenario, string maps, uint iterations) => new(
        [ScenarioCatalog.Find(scenario)!],
        maps.Split(',').Select(map => TargetCatalog.Find(map)!).ToList(),
        new ExplorationOptions(Iterations: iterations),
        OutputFolder.Prepare(folder))
    {
        Shrink = false,
    };

    [Fact]
    public void RunWritesRunJsonABundlePerBugAndTheReportsAndEndsAsExpected()
    {
        using var folder = new TempFolder();
        var log = new StringWriter();

        var outcome = RunSession.Run(Request(folder.Path, "writer-vs-reader", "unsafe,locked", 200), SessionOutput.To(log));

        Assert.Equal((OutcomeKind.AsExpected, 0), (outcome.Kind, outcome.ExitCode));
        var run = RunDocumentJson.Deserialize(File.ReadAllText(folder.File("run.json")));
        Assert.Collection(
            run.Cells,
            unsafeCell => Assert.Equal(("unsafe", VerdictKind.Bug, true, "bugs/writer-vs-reader.unsafe.bundle.json"), (unsafeCell.Map, unsafeCell.Verdict, unsafeCell.Matches, unsafeCell.Bundle)),
            lockedCell => Assert.Equal(("locked", VerdictKind.Safe, true, 200), (lockedCell.Map, lockedCell.Verdict, lockedCell.Matches, lockedCell.IterationsExplored)));
        Assert.True(File.Exists(folder.File("bugs", "writer-vs-reader.unsafe.bundle.json")));
        Assert.All(["summary.md", "report.html", "junit.xml"], name => Assert.True(File.Exists(folder.File(name)), $"{name} is missing"));
        Assert.Contains("[2/2] writer-vs-reader × locked: safe after 200 iterations", log.ToString());
    }

    [Fact]
    public void ASecondRunIntoTheSameFolderRemovesTheBundlesAndReportsOfTheFirst()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("bugs"));
        File.WriteAllText(folder.File("bugs", "old-scenario.unsafe.bundle.json"), "{}");
        File.WriteAllText(folder.File("report.html"), "<p>an earlier run</p>");
        File.WriteAllText(folder.File("notes.txt"), "the user's own file");
        var log = new StringWriter();

        var outcome = RunSession.Run(Request(folder.Path, "writer-vs-reader", "locked", 20) with { Formats = ["junit"] }, SessionOutput.To(log));

        Assert.Equal(OutcomeKind.AsExpected, outcome.Kind);
        Assert.Empty(Directory.GetFiles(folder.File("bugs")));
        Assert.False(File.Exists(folder.File("report.html")), "the earlier run's report is still there");
        Assert.True(File.Exists(folder.File("notes.txt")), "a file no run writes was removed");
        Assert.Contains("Removed 2 files of an earlier run", log.ToString());
    }

    [Fact]
    public void ACancelledRunIsStoppedEarlyWithAPartialRunJsonAndAJUnitReportThatIsNotGreen()
    {
        using var folder = new TempFolder();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var outcome = RunSession.Run(Request(folder.Path, "writer-vs-reader", "unsafe,locked", 20), SessionOutput.To(new StringWriter()), cancelled.Token);

        Assert.Equal((OutcomeKind.StoppedEarly, ExitCodes.StoppedEarly), (outcome.Kind, outcome.ExitCode));
        Assert.True(RunDocumentJson.Deserialize(File.ReadAllText(folder.File("run.json"))).Partial);
        var junit = File.ReadAllText(folder.File("junit.xml"));
        Assert.Contains("<property name=\"partial\" value=\"true\" />", junit);
        Assert.Contains("errors=\"1\"", junit);
    }
}
